import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RESOURCES } from "@/i18n/resources";
import { NAMESPACES } from "@/i18n/settings";

type Tree = { [key: string]: string | Tree };

function has(tree: Tree, key: string): boolean {
  const node = key.split(".").reduce<Tree | string | undefined>((n, k) => (typeof n === "object" ? n[k] : undefined), tree);
  if (typeof node === "string") return true;
  // i18next plurals: "x" resolves through "x_one"/"x_other"
  const parts = key.split(".");
  const last = parts.pop()!;
  const parent = parts.reduce<Tree | string | undefined>((n, k) => (typeof n === "object" ? n[k] : undefined), tree);
  return typeof parent === "object" && typeof parent[`${last}_other`] === "string";
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" || e.name === "idp" ? [] : sourceFiles(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

describe("every translation key written literally in the portal's code exists (fi)", () => {
  const root = path.resolve(import.meta.dirname, "../../src");
  const literal = /\bt\(\s*"([A-Za-z][\w-]*(?:\.[\w-]+)+)"/g;
  const used = new Map<string, string>();
  for (const file of sourceFiles(root)) {
    for (const m of fs.readFileSync(file, "utf8").matchAll(literal)) used.set(m[1]!, path.relative(root, file));
  }

  it("finds keys to check", () => expect(used.size).toBeGreaterThan(100));

  it("each key is in some namespace", () => {
    const missing = [...used].filter(([key]) => !NAMESPACES.some((ns) => has(RESOURCES.fi[ns], key)));
    expect(missing.map(([k, f]) => `${k} (${f})`)).toEqual([]);
  });
});
