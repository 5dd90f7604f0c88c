// Every state-changing form goes through the one form-post layer (src/server/form-post.ts), and
// every form that posts to a server action carries the person it was shown for. Both are read off
// the source tree, so a new action or form cannot skip the layer unnoticed.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isBuiltByFormPost } from "@/server/form-post";

const SRC = path.resolve(import.meta.dirname, "../../src");

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated" || name === "idp") return [];
    return statSync(full).isDirectory() ? walk(full) : /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const files = walk(SRC).map((file) => ({ file, text: readFileSync(file, "utf8") }));
const serverActionModules = files.filter(({ text }) => /^\s*["']use server["'];/.test(text));

describe("the form-post layer", () => {
  it("finds the server action modules", () => {
    expect(serverActionModules.map((m) => path.relative(SRC, m.file)).sort()).toEqual(
      expect.arrayContaining([
        "app/[locale]/(portal)/acting-actions.ts",
        "app/[locale]/(portal)/data-use/actions.ts",
        "app/[locale]/(portal)/prescriptions/renew/actions.ts",
        "app/[locale]/(portal)/wellbeing/actions.ts",
        "app/[locale]/(portal)/wellbeing/apps/actions.ts",
        "app/[locale]/(portal)/wills/actions.ts",
      ]),
    );
  });

  it.each(serverActionModules.map((m) => [path.relative(SRC, m.file), m.file]))(
    "every export of %s is built by the layer",
    async (_, file) => {
      const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      const exported = Object.entries(mod);
      expect(exported.length).toBeGreaterThan(0);
      for (const [name, value] of exported) expect(isBuiltByFormPost(value), name).toBe(true);
    },
  );

  it("every form that posts to a server action carries the bound fields (locale, person shown)", () => {
    const posting = files.filter(({ file, text }) => {
      if (!file.endsWith(".tsx")) return false;
      // <form action={…}> (a server action or useActionState's formAction), not method="get".
      return [...text.matchAll(/<form\b[^>]*>/g)].some((m) => /action=\{/.test(m[0]) && !/method="get"/.test(m[0]));
    });
    expect(posting.length).toBeGreaterThanOrEqual(8);
    for (const { file, text } of posting) expect(text, path.relative(SRC, file)).toContain("<BoundFields");
  });
});
