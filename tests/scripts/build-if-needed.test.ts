import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { needsBuild } from "../../scripts/build-if-needed";

/** A project folder with a build made after its sources, recorded with the given build-time settings. */
function builtProject(settings: Record<string, string | null> | null) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "build-"));
  fs.mkdirSync(path.join(root, "src"));
  fs.writeFileSync(path.join(root, "src", "page.tsx"), "x");
  const past = new Date(Date.now() - 60_000);
  fs.utimesSync(path.join(root, "src", "page.tsx"), past, past);
  fs.mkdirSync(path.join(root, ".next"));
  fs.writeFileSync(path.join(root, ".next", "BUILD_ID"), "id");
  if (settings) fs.writeFileSync(path.join(root, ".next", "build-settings.json"), JSON.stringify(settings));
  return root;
}

describe("needsBuild", () => {
  it("is false for a build newer than its sources, made with the same build-time settings", () => {
    expect(needsBuild(builtProject({ ACCESSIBILITY_FEEDBACK_EMAIL: null }), {})).toBe(false);
    expect(
      needsBuild(builtProject({ ACCESSIBILITY_FEEDBACK_EMAIL: "a@b.fi" }), {
        ACCESSIBILITY_FEEDBACK_EMAIL: " a@b.fi ",
      }),
    ).toBe(false);
  });

  it("is true when a build-time setting changed, or the build predates the record of them", () => {
    expect(
      needsBuild(builtProject({ ACCESSIBILITY_FEEDBACK_EMAIL: null }), {
        ACCESSIBILITY_FEEDBACK_EMAIL: "a@b.fi",
      }),
    ).toBe(true);
    expect(needsBuild(builtProject({ ACCESSIBILITY_FEEDBACK_EMAIL: "a@b.fi" }), {})).toBe(true);
    expect(needsBuild(builtProject(null), {})).toBe(true);
  });

  it("is true when a source file is newer than the build, or there is no build", () => {
    const root = builtProject({ ACCESSIBILITY_FEEDBACK_EMAIL: null });
    fs.writeFileSync(path.join(root, "src", "new.tsx"), "y");
    const future = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(root, "src", "new.tsx"), future, future);
    expect(needsBuild(root, {})).toBe(true);
    fs.rmSync(path.join(root, ".next", "BUILD_ID"));
    expect(
      needsBuild(builtProject({ ACCESSIBILITY_FEEDBACK_EMAIL: null }), { NEXT_DIST_DIR: ".next-other" }),
    ).toBe(true);
  });
});
