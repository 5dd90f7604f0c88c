// The part of a translation tree that a client component reads, so a page's RSC payload carries
// only those strings rather than whole namespaces.
type Tree = { [key: string]: string | Tree };

/** The subtrees (or strings) at the dotted `keys`; keys that are missing are left out. */
export function pickStrings(tree: Tree, keys: readonly string[]): Tree {
  const out: Tree = {};
  for (const key of keys) {
    const parts = key.split(".");
    const value = parts.reduce<Tree | string | undefined>(
      (n, k) => (typeof n === "object" ? n[k] : undefined),
      tree,
    );
    if (value === undefined) continue;
    let node = out;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      node = typeof next === "object" ? next : (node[part] = {});
    }
    node[parts.at(-1)!] = value;
  }
  return out;
}
