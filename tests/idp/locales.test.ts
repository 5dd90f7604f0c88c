// The identification pages must exist in all three languages with the same keys and placeholders.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { IDP_LANGUAGES, pickLanguage, translator } from "@/idp/i18n";
import { PERSONAS } from "@prisma-seed/personas";

type Tree = { [key: string]: string | Tree };

function load(lang: string): Tree {
  return JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, `../../locales/${lang}/idp.json`), "utf8"),
  ) as Tree;
}

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(`${prefix}${key}`, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe("locales/{fi,sv,en}/idp.json", () => {
  const trees = Object.fromEntries(IDP_LANGUAGES.map((l) => [l, leaves(load(l))]));

  it("have identical key sets", () => {
    const fiKeys = [...trees.fi!.keys()].sort();
    expect(fiKeys.length).toBeGreaterThan(30);
    for (const lang of IDP_LANGUAGES) expect([...trees[lang]!.keys()].sort()).toEqual(fiKeys);
  });

  it("have no empty strings and the same {{placeholders}} per key", () => {
    for (const [key, fiValue] of trees.fi!) {
      for (const lang of IDP_LANGUAGES) {
        const value = trees[lang]!.get(key)!;
        expect(value.trim(), `${lang}:${key}`).not.toBe("");
        expect(placeholders(value), `${lang}:${key}`).toEqual(placeholders(fiValue));
      }
    }
  });

  it("are actually translated (Swedish and English differ from Finnish)", () => {
    expect(translator("sv")("identify.hetuLabel")).toBe("Personbeteckning");
    expect(translator("en")("confirm.continue")).toBe("Continue to service");
    expect(translator("fi")("client.identifyingTo", { service: "OmaKanta" })).toBe(
      "Olet tunnistautumassa palveluun: OmaKanta",
    );
  });

  it("describe every persona, and only the personas there are, in every language", () => {
    const personaKeys = PERSONAS.map((p) => `personas.${p.key}`).sort();
    for (const lang of IDP_LANGUAGES) {
      const described = [...trees[lang]!.keys()].filter((k) => k.startsWith("personas.")).sort();
      expect(described, lang).toEqual(personaKeys);
    }
    // Finnish and Swedish pages say it in their own language, not in English.
    for (const key of personaKeys) {
      expect(trees.fi!.get(key), key).not.toBe(trees.en!.get(key));
      expect(trees.sv!.get(key), key).not.toBe(trees.en!.get(key));
    }
  });

  it("language choice: explicit, then ui_locales, then Finnish", () => {
    expect(pickLanguage("en", "sv")).toBe("en");
    expect(pickLanguage(null, "de sv-FI fi")).toBe("sv");
    expect(pickLanguage(undefined, "de")).toBe("fi");
    expect(pickLanguage("xx")).toBe("fi");
  });
});
