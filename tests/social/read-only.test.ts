// V-SOC-7: nothing can be sent, started or changed in social care from the portal. The pages under
// /social are checked as source: no form, no server action, no client island.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SOCIAL_DIR = path.resolve(import.meta.dirname, "../../src/app/[locale]/(portal)/social");

function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe("V-SOC-7: social welfare pages are read-only", () => {
  const sources = files(SOCIAL_DIR).map((f) => ({
    file: path.relative(SOCIAL_DIR, f),
    text: fs.readFileSync(f, "utf8"),
  }));

  it("has the list, document and disclosure pages", () => {
    expect(sources.map((s) => s.file).sort()).toEqual(
      ["disclosures/page.tsx", "documents/[id]/page.tsx", "page.tsx"].map((f) => path.normalize(f)),
    );
  });

  it("V-SOC-7: no forms, inputs, buttons, server actions or client components", () => {
    for (const { file, text } of sources) {
      expect(text, file).not.toMatch(
        /<form|<input|<button|<textarea|<select|"use server"|"use client"|action=/,
      );
    }
  });
});
