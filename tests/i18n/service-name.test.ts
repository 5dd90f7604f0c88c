// The portal's name is spelled one way per language in every locale file (issue 16): OmaKanta
// (OmaKannassa, OmaKannan …), MittKanta and My Kanta, never "Omakanta" or "MyKanta".
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const LOCALES_DIR = path.resolve(import.meta.dirname, "../../locales");

const SPELLING = {
  fi: { any: /oma\s?kan/gi, right: "OmaKan" },
  sv: { any: /mitt\s?kanta/gi, right: "MittKanta" },
  en: { any: /my\s?kanta/gi, right: "My Kanta" },
} as const;

function filesOf(lang: string): { file: string; text: string }[] {
  const dir = path.join(LOCALES_DIR, lang);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => ({ file: `${lang}/${f}`, text: readFileSync(path.join(dir, f), "utf8") }));
}

describe("the service's name in the locale files", () => {
  for (const [lang, { any, right }] of Object.entries(SPELLING)) {
    it(`${lang}: always spelled ${right}`, () => {
      const files = filesOf(lang);
      const found = files.flatMap(({ file, text }) => [...text.matchAll(any)].map((m) => `${file}: ${m[0]}`));
      expect(found.length, `${lang} names the service somewhere`).toBeGreaterThan(0);
      expect(found.filter((f) => !f.endsWith(`: ${right}`))).toEqual([]);
    });
  }
});
