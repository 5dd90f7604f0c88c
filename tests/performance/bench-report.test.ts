// The bench writes its table of the heavy personas into the README between two markers.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { FrameworkFloor } from "../../scripts/bench/framework-floor";
import {
  evaluateTargets,
  README_END,
  README_START,
  readmeTable,
  toMarkdown,
  writeReadmeTable,
  type BenchReport,
  type ScenarioResult,
} from "../../scripts/bench/report";

const result = (key: string, persona: string, rps: number, p95: number, ratio: number | null): ScenarioResult => ({
  key,
  label: key,
  persona,
  path: `/${key}`,
  method: "GET",
  concurrency: 10,
  durationS: 8,
  requests: rps * 8,
  rps,
  latencyMs: { mean: p95 / 2, p50: p95 / 2, p95, p99: p95, max: p95 },
  errors: 0,
  unexpected: 0,
  statusCodes: { "200": rps * 8 },
  bytesPerResponse: 1000,
  ratioToBaseline: ratio,
});

function report(results: ScenarioResult[], withFile = true): BenchReport {
  return {
    machine: { cores: 2, cpuModel: "cpu", memoryGiB: 1, node: "v20", platform: "linux", date: "2026-11-25T15:00:00.000Z", loadAverageAtStart: [0] },
    config: {},
    data: {},
    baseline: { path: "/fi/accessibility", bytes: 15000, what: "the static page" },
    ...(withFile ? { staticFile: { path: "/robots.txt", bytes: 26, what: "the file" } } : {}),
    signIns: {},
    results,
    targets: evaluateTargets(results),
    notes: [],
  };
}

describe("bench README table", () => {
  it("replaces only the marked block, with the heavy personas' rows at concurrency 10 and the verdicts", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "readme-")), "README.md");
    fs.writeFileSync(file, `# Title\n\nbefore\n${README_START}\nold table\n${README_END}\nafter\n`);
    const r = report([
      result("static", "-", 1000, 5, 1),
      result("staticFile", "-", 4000, 2, 4),
      result("dynamicFloor", "-", 320, 40, 0.32),
      result("social", "heavyAdult", 300, 120, 0.3),
      result("lab", "heavyAdult", 20, 400, 0.02),
      result("overview", "aino (demo)", 50, 100, 0.05),
    ]);
    expect(writeReadmeTable(file, r)).toBe(true);
    const text = fs.readFileSync(file, "utf8");
    expect(text).not.toContain("old table");
    expect(text.startsWith("# Title\n\nbefore\n")).toBe(true);
    expect(text.endsWith(`${README_END}\nafter\n`)).toBe(true);
    // Share of the static page (the target), then of the static file (for scale).
    expect(text).toMatch(/\| social \| heavyAdult \| 300\.0 \| 60 \| 120 \| \*\*met\*\* \| 30\.0% \| 7\.5% \|/);
    expect(text).toMatch(/\| lab \| heavyAdult \| 20\.0 \| 200 \| 400 \| missed \| 2\.0% \| 0\.5% \|/);
    expect(text).not.toContain("aino");
    expect(text).not.toMatch(/\| staticFile \|/);
    expect(text).toContain("`/fi/accessibility` 1000.0 req/s");
    expect(text).toContain("`/robots.txt` 4000.0 req/s");
    expect(text).toContain("`/dynamicFloor` 320.0 req/s (32.0% of the static page)");
    expect(text).not.toMatch(/\| dynamicFloor \|/);
  });

  it("the targets are about the heavy personas' pages only, not the baselines", () => {
    const r = report([result("static", "-", 1000, 5, 1), result("staticFile", "-", 4000, 2, 4), result("lab", "heavyAdult", 300, 100, 0.3)]);
    expect(r.targets.checks.map((c) => c.key)).toEqual(["lab"]);
    expect(r.targets.allMet).toBe(true);
    const missed = report([result("static", "-", 1000, 5, 1), result("lab", "heavyAdult", 200, 100, 0.2)], false);
    expect(missed.targets.checks[0]).toMatchObject({ p95Ok: true, ratioOk: false });
    expect(missed.targets.allMet).toBe(false);
  });

  it("states the framework floor (the bare Next.js app's share) with the table and in results.md, outside the targets", () => {
    const page = (p: string, rps: number) => ({ ...result(p.slice(1), "-", rps, 20, null), path: p, bytes: 700 });
    const frameworkFloor: FrameworkFloor = {
      app: "scripts/bench/floor-app",
      next: "16.4.6",
      workers: 2,
      static: page("/static", 3000),
      dynamic: page("/dynamic", 720),
      share: 0.24,
    };
    const results = [result("static", "-", 1000, 5, 1), result("lab", "heavyAdult", 150, 100, 0.15)];
    const r = { ...report(results), frameworkFloor };
    const sentence =
      "a bare Next.js 16.4.6 app (`scripts/bench/floor-app`: one heading and one paragraph, no proxy, no session, no database), " +
      "started with the same 2 worker processes, serves its prerendered page at 3000.0 req/s and the same markup rendered per request at 720.0 req/s: 24.0%.";
    expect(readmeTable(r)).toContain(sentence);
    const md = toMarkdown(r);
    expect(md).toContain("## Framework floor");
    expect(md).toMatch(/\| rendered per request \| `\/dynamic` \| 720\.0 \|/);
    expect(r.targets.checks.map((c) => c.key)).toEqual(["lab"]);
    // Without a floor measurement (--no-floor, or an older report) neither mentions it.
    expect(readmeTable(report(results))).not.toContain("Framework floor");
    expect(toMarkdown(report(results))).not.toContain("Framework floor");
  });

  it("leaves a README without markers untouched", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "readme-")), "README.md");
    fs.writeFileSync(file, "# no markers\n");
    expect(writeReadmeTable(file, report([]))).toBe(false);
    expect(fs.readFileSync(file, "utf8")).toBe("# no markers\n");
  });
});
