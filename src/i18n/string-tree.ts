// Translation trees as the locale files hold them ({ "errors": { "notFound": "…" } }), with the
// dotted-key lookup and the pick that client components need (a client component gets only the
// strings it reads, so a page's RSC payload does not carry whole namespaces).
export type StringTree = { [key: string]: string | StringTree };

/** The string or subtree at a dotted key, or undefined. */
export function lookup(tree: StringTree, key: string): StringTree | string | undefined {
  return key
    .split(".")
    .reduce<StringTree | string | undefined>((n, k) => (typeof n === "object" ? n[k] : undefined), tree);
}

/** The subtrees (or strings) at the dotted `keys`, nested as they were; missing keys are left out. */
export function pickStrings(tree: StringTree, keys: readonly string[]): StringTree {
  const out: StringTree = {};
  for (const key of keys) {
    const value = lookup(tree, key);
    if (value === undefined) continue;
    const parts = key.split(".");
    let node = out;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      node = typeof next === "object" ? next : (node[part] = {});
    }
    node[parts.at(-1)!] = value;
  }
  return out;
}
