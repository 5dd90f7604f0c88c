// The portal's fast server translator must answer exactly as i18next does, for every key of every
// namespace and language, with the option shapes the pages use.
import { createInstance, type TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { createFastTranslator, type Translate } from "@/i18n/fast-translator";
import { RESOURCES } from "@/i18n/resources";
import { LOCALES, NAMESPACES, type Locale, type Namespace } from "@/i18n/settings";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`),
  );
}

const pairs: { locale: Locale; ns: Namespace; i18n: TFunction; fast: Translate }[] = [];

beforeAll(async () => {
  for (const locale of LOCALES) {
    const instance = createInstance();
    await instance.init({
      lng: locale,
      fallbackLng: false,
      ns: [...NAMESPACES],
      defaultNS: "common",
      resources: RESOURCES,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    for (const ns of NAMESPACES) {
      const i18n = instance.getFixedT(locale, ns);
      const fast = createFastTranslator({
        locale,
        resources: RESOURCES[locale],
        defaultNs: ns,
        fallback: (k, o) => String(i18n(k as string | string[], o as never)),
      });
      pairs.push({ locale, ns, i18n, fast });
    }
  }
});

const same = (p: (typeof pairs)[number], key: string, options?: Record<string, unknown>) =>
  expect(p.fast(key, options), `${p.locale}/${p.ns} ${key} ${JSON.stringify(options)}`).toBe(
    String(p.i18n(key, options as never)),
  );

describe("fast server translator", () => {
  it("gives i18next's answer for every key, with and without values, counts and defaults", () => {
    let checked = 0;
    for (const p of pairs) {
      for (const [key, text] of leaves(RESOURCES[p.locale][p.ns] as Tree)) {
        const base = key.replace(/_(zero|one|two|few|many|other)$/, "");
        const names = [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!);
        const values = Object.fromEntries(names.map((n, i) => [n, i % 2 ? i * 7 : `v${i}<b>`]));
        same(p, key);
        same(p, key, values);
        same(p, key, {}); // placeholders without values
        for (const count of [0, 1, 2, 5, 21]) same(p, base, { ...values, count });
        same(p, key, { ns: "common" });
        same(p, key, { defaultValue: "fallback" });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  }, 60_000); // some 60 000 comparisons: seconds on a loaded CI machine

  it("missing keys, defaults with values, objects and other namespaces", () => {
    for (const p of pairs) {
      same(p, "no.such.key");
      same(p, "no.such.key", { defaultValue: "" });
      same(p, "no.such.key", { defaultValue: "D {{a}}", a: 1 });
      same(p, "errors", {}); // an object in common
      same(p, "app.name", { ns: "common" });
      same(p, "common:app.name");
      same(p, ["no.such.key", "app.name"] as unknown as string, { ns: "common" });
    }
  });
});
