// The section error boundary is a client component: it gets only the strings it reads, picked on
// the server, so every page's payload does not carry whole namespaces.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { lookup, pickStrings } from "@/i18n/string-tree";
import { RESOURCES } from "@/i18n/resources";
import { LOCALES } from "@/i18n/settings";
import { SECTION_ERROR_KEYS } from "@/components/section-error-strings";

describe("string trees", () => {
  const tree = { a: { b: "B", c: { d: "D" }, e: "E" }, f: "F" };

  it("lookup finds a string or a subtree by dotted key, and undefined past a leaf or a gap", () => {
    expect(lookup(tree, "a.c.d")).toBe("D");
    expect(lookup(tree, "a.c")).toEqual({ d: "D" });
    expect(lookup(tree, "f.g")).toBeUndefined();
    expect(lookup(tree, "x.y")).toBeUndefined();
  });

  it("keeps the named strings and subtrees, nested as they were, and nothing else", () => {
    expect(pickStrings(tree, ["a.b", "a.c", "f"])).toEqual({ a: { b: "B", c: { d: "D" } }, f: "F" });
    expect(pickStrings(tree, ["a.c.d"])).toEqual({ a: { c: { d: "D" } } });
  });

  it("leaves out keys that do not exist", () => {
    expect(pickStrings(tree, ["a.x", "y.z", "f.g"])).toEqual({});
  });
});

describe("the section error boundary's strings", () => {
  const source = fs.readFileSync("src/app/[locale]/(portal)/error.tsx", "utf8");
  const literal = [...new Set([...source.matchAll(/\bt\("([^"]+)"/g)].map((m) => m[1]!))];
  // t(`disturbance.sections.${service}`): the whole subtree before the placeholder is needed.
  const templated = [...source.matchAll(/\bt\(`([^`$]+)\.\$\{/g)].map((m) => m[1]!);

  it("reads keys that the test can see (a rename of t or of the file would otherwise pass unseen)", () => {
    expect(literal.length).toBeGreaterThan(3);
    expect(templated).toEqual(expect.arrayContaining(["disturbance.sections", "disturbance.alternatives"]));
  });

  it.each(LOCALES)("every key it reads is picked for %s", (locale) => {
    const all = RESOURCES[locale].common;
    const picked = pickStrings(all, SECTION_ERROR_KEYS);
    for (const key of literal) expect(typeof lookup(picked, key), key).toBe("string");
    // A templated key's whole subtree (every service) is picked.
    for (const prefix of templated) expect(lookup(picked, prefix), prefix).toEqual(lookup(all, prefix));
    // Nothing beyond what is read: the action messages and other errors stay on the server.
    expect(Object.keys(picked.disturbance as object)).not.toContain("action");
    expect(Object.keys(picked.errors as object).sort()).toEqual(
      literal
        .filter((k) => k.startsWith("errors."))
        .map((k) => k.slice(7))
        .sort(),
    );
  });
});
