// A translator for server rendering with the subset of i18next this portal uses: nested keys,
// `{{name}}` interpolation (no escaping: React escapes), plurals by `count` (`_one`, `_other`, …),
// `ns` and `defaultValue`. i18next's own t() costs 20-60 µs a call, and a long list page makes
// hundreds of calls; this one looks a key up once and caches it. Anything outside the subset
// (objects, arrays, unknown options) goes to i18next, so results never differ
// (tests/i18n/fast-translator.test.ts compares the two over every key).

type Resources = Readonly<Record<string, unknown>>;
type Options = Readonly<Record<string, unknown>>;
export type Translate = (key: string | readonly string[], options?: Options) => string;

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;
/** i18next options that change how a key resolves: such calls go to i18next itself. */
const CONTROL = new Set([
  "lng",
  "lngs",
  "fallbackLng",
  "context",
  "ordinal",
  "returnObjects",
  "returnDetails",
  "joinArrays",
  "postProcess",
  "keySeparator",
  "nsSeparator",
  "interpolation",
  "skipInterpolation",
  "replace",
]);

function lookup(tree: unknown, key: string): unknown {
  let node = tree;
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

export function createFastTranslator(opts: {
  locale: string;
  resources: Readonly<Record<string, Resources>>; // namespace → tree
  defaultNs: string;
  fallback: (key: string | readonly string[], options?: Options) => string;
}): Translate {
  const { resources, defaultNs, fallback } = opts;
  const plural = new Intl.PluralRules(opts.locale);
  const cache = new Map<string, string | null>(); // "ns\0key" → string, or null when not a string

  const stringAt = (ns: string, key: string): string | null => {
    const id = `${ns}\0${key}`;
    let hit = cache.get(id);
    if (hit === undefined) {
      const value = lookup(resources[ns], key);
      hit = typeof value === "string" ? value : null;
      cache.set(id, hit);
    }
    return hit;
  };

  return (key, options) => {
    let simple = true;
    if (options) {
      for (const name in options) {
        const value = options[name];
        if (CONTROL.has(name) || (typeof value !== "string" && typeof value !== "number")) simple = false;
      }
    }
    // Key lists (t(["a", "b"])) and "ns:key" are i18next's to resolve.
    if (!simple || typeof key !== "string" || key.includes(":")) return fallback(key, options);
    const ns = (options?.ns as string | undefined) ?? defaultNs;
    const count = options?.count;
    let template: string | null = null;
    if (typeof count === "number") {
      // i18next: an exact `_zero` for 0, then the plural category, then the bare key.
      if (count === 0) template = stringAt(ns, `${key}_zero`);
      template ??= stringAt(ns, `${key}_${plural.select(count)}`);
    }
    template ??= stringAt(ns, key);
    if (template === null) {
      // Not a string here: an object, or missing. Missing keys with a default are the common case.
      if (lookup(resources[ns], key) !== undefined || !(options && "defaultValue" in options))
        return fallback(key, options);
      template = String(options.defaultValue);
    }
    if (!options || !template.includes("{{")) return template;
    return template.replace(PLACEHOLDER, (whole, name: string) =>
      name in options ? String(options[name]) : whole,
    );
  };
}
