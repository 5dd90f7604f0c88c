import { describe, expect, it } from "vitest";
import { RESOURCES } from "@/i18n/resources";
import { LOCALES, NAMESPACES } from "@/i18n/settings";

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();
}

function valueAt(tree: Tree, path: string): string {
  return path.split(".").reduce<Tree | string>((node, k) => (node as Tree)[k]!, tree) as string;
}

describe("S-7: the service works in Finnish, Swedish and English", () => {
  for (const ns of NAMESPACES) {
    it(`namespace ${ns} has the same keys in fi, sv and en`, () => {
      const reference = keys(RESOURCES.fi[ns]).sort();
      for (const locale of LOCALES) expect(keys(RESOURCES[locale][ns]).sort(), `${locale}/${ns}`).toEqual(reference);
    });

    it(`namespace ${ns} has no empty strings and the same {{placeholders}} in every language`, () => {
      for (const key of keys(RESOURCES.fi[ns])) {
        const expected = placeholders(valueAt(RESOURCES.fi[ns], key));
        for (const locale of LOCALES) {
          const value = valueAt(RESOURCES[locale][ns], key);
          expect(value.trim(), `${locale}/${ns}:${key}`).not.toBe("");
          expect(placeholders(value), `${locale}/${ns}:${key}`).toEqual(expected);
        }
      }
    });
  }
});
