// bench/results.json and bench/results.md: the machine, the data, and one row per page and
// concurrency, with throughput as a ratio of the static baseline at the same concurrency.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FrameworkFloor } from "./framework-floor";
import type { LoadResult } from "./load";

export type Machine = {
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  platform: string;
  date: string;
  loadAverageAtStart: number[];
  loadAverageAtEnd?: number[];
};

export function machineInfo(): Machine {
  return {
    cores: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    date: new Date().toISOString(),
    loadAverageAtStart: os.loadavg().map((n) => Number(n.toFixed(2))),
  };
}

export type ScenarioResult = LoadResult & {
  key: string;
  label: string;
  persona: string;
  path: string;
  method: "GET" | "POST";
  /** Requests per second relative to the static baseline at the same concurrency. */
  ratioToBaseline: number | null;
};

export type TargetCheck = { key: string; label: string; p95Ms: number; p95Ok: boolean; ratio: number | null; ratioOk: boolean };

export type BenchReport = {
  machine: Machine;
  config: Record<string, unknown>;
  data: Record<string, unknown>;
  baseline: { path: string; bytes: number; what: string };
  /** A plain file of the same server, measured for scale (not a target). Absent in older reports. */
  staticFile?: { path: string; bytes: number; what: string };
  /** The bare Next.js app's static and per-request page (scripts/bench/framework-floor.ts). */
  frameworkFloor?: FrameworkFloor;
  signIns: Record<string, string>;
  results: ScenarioResult[];
  targets: { concurrency: number; p95BelowMs: number; minRatio: number; checks: TargetCheck[]; allMet: boolean };
  notes: string[];
};

/** The rows the targets are about: the heavy personas' pages at one concurrency. */
export function heavyRowsAt(results: ScenarioResult[], concurrency: number): ScenarioResult[] {
  return results.filter((r) => r.concurrency === concurrency && r.persona.startsWith("heavy"));
}

const p95Met = (r: ScenarioResult, p95BelowMs: number) => r.latencyMs.p95 < p95BelowMs && r.errors === 0 && r.unexpected === 0;

/** The concurrency the issue's targets are stated at. */
export const TARGET_CONCURRENCY = 10;

export function evaluateTargets(results: ScenarioResult[], concurrency = TARGET_CONCURRENCY, p95BelowMs = 150, minRatio = 0.25) {
  const checks: TargetCheck[] = heavyRowsAt(results, concurrency)
    .map((r) => ({
      key: r.key,
      label: r.label,
      p95Ms: r.latencyMs.p95,
      p95Ok: p95Met(r, p95BelowMs),
      ratio: r.ratioToBaseline,
      ratioOk: r.ratioToBaseline !== null && r.ratioToBaseline >= minRatio,
    }));
  return { concurrency, p95BelowMs, minRatio, checks, allMet: checks.length > 0 && checks.every((c) => c.p95Ok && c.ratioOk) };
}

const fmt = (n: number | null, digits = 1) => (n === null || !Number.isFinite(n) ? "–" : n.toFixed(digits));
const pct = (n: number | null) => (n === null || !Number.isFinite(n) ? "–" : `${(n * 100).toFixed(1)}%`);

/** One sentence: the bare Next.js app's share, what Next.js itself gives a page that does no work. */
export function floorSentence(f: FrameworkFloor): string {
  return (
    `Framework floor: a bare Next.js ${f.next} app (\`${f.app}\`: one heading and one paragraph, no proxy, no session, no database), ` +
    `started with the same ${f.workers} worker processes, serves its prerendered page at ${fmt(f.static.rps)} req/s and the same markup ` +
    `rendered per request at ${fmt(f.dynamic.rps)} req/s: ${pct(f.share)}. That is the stack's own ceiling for a page that does no work of its own.`
  );
}

function floorSection(f: FrameworkFloor): string[] {
  return [
    "## Framework floor",
    "",
    floorSentence(f),
    "",
    "| page | path | req/s | p50 ms | p95 ms | p99 ms | bytes |",
    "|---|---|---:|---:|---:|---:|---:|",
    ...([["prerendered", f.static], ["rendered per request", f.dynamic]] as const).map(
      ([what, x]) =>
        `| ${what} | \`${x.path}\` | ${fmt(x.rps)} | ${fmt(x.latencyMs.p50)} | ${fmt(x.latencyMs.p95)} | ${fmt(x.latencyMs.p99)} | ${x.bytes} |`,
    ),
  ];
}

export function toMarkdown(r: BenchReport): string {
  const m = r.machine;
  const lines: string[] = [];
  lines.push("# Load benchmark (`npm run bench`)", "");
  lines.push(
    `Machine: ${m.cores} cores (${m.cpuModel}), ${m.memoryGiB} GiB memory, Node ${m.node}, ${m.platform}. ` +
      `Run on ${m.date.slice(0, 10)} (${m.date}). Load average at start ${m.loadAverageAtStart.join(" / ")}` +
      (m.loadAverageAtEnd ? `, at end ${m.loadAverageAtEnd.join(" / ")}` : "") +
      ". The load generator (autocannon), the portal (`next start`), the identification service and PostgreSQL share the machine.",
  );
  lines.push("");
  lines.push(
    `Data: ${Object.entries(r.data)
      .map(([k, v]) => `${k} ${typeof v === "object" ? JSON.stringify(v) : String(v)}`)
      .join("; ")}.`,
  );
  lines.push("");
  lines.push(
    `Baseline: ${r.baseline.what} \`${r.baseline.path}\` (${r.baseline.bytes} bytes), served by the same Next.js server without the database.` +
      (r.staticFile ? ` For scale: ${r.staticFile.what} \`${r.staticFile.path}\` (${r.staticFile.bytes} bytes).` : ""),
  );
  lines.push("");
  lines.push(
    `Every page first ran for ${String(r.config.warmAllS ?? 0)} s at concurrency 10 (the workers warmed up). ` +
    `Each cell: ${String(r.config.durationS)} s of autocannon after a ${String(r.config.warmupS)} s warm-up, every request with the session cookie and \`accept-encoding: gzip\`. ` +
      "Latencies are exact percentiles over every response; errors are connection errors/timeouts, then responses with another status than expected.",
  );
  lines.push("");
  if (r.frameworkFloor) lines.push(...floorSection(r.frameworkFloor), "");
  lines.push("| page | persona | path | conc. | req/s | p50 ms | p95 ms | p99 ms | errors / unexpected status | kB/response | of baseline |");
  lines.push("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const x of r.results) {
    lines.push(
      `| ${x.label} | ${x.persona} | \`${x.method === "POST" ? "POST " : ""}${x.path}\` | ${x.concurrency} | ${fmt(x.rps)} | ${fmt(x.latencyMs.p50)} | ${fmt(x.latencyMs.p95)} | ${fmt(x.latencyMs.p99)} | ${x.errors} / ${x.unexpected} | ${fmt(x.bytesPerResponse / 1000)} | ${pct(x.ratioToBaseline)} |`,
    );
  }
  lines.push("");
  const t = r.targets;
  lines.push(`## Targets (heavy personas, concurrency ${t.concurrency})`, "");
  lines.push(`p95 < ${t.p95BelowMs} ms and throughput ≥ ${t.minRatio * 100}% of the static baseline. ${t.allMet ? "All met." : "Not all met."}`, "");
  lines.push("| page | p95 ms | p95 target | of baseline | throughput target |");
  lines.push("|---|---:|:---:|---:|:---:|");
  for (const c of t.checks) {
    lines.push(`| ${c.label} | ${fmt(c.p95Ms)} | ${c.p95Ok ? "met" : "**missed**"} | ${pct(c.ratio)} | ${c.ratioOk ? "met" : "**missed**"} |`);
  }
  lines.push("");
  lines.push("## Sign-in", "");
  for (const [who, how] of Object.entries(r.signIns)) lines.push(`- ${who}: ${how}`);
  if (r.notes.length) {
    lines.push("", "## Notes", "");
    for (const n of r.notes) lines.push(`- ${n}`);
  }
  lines.push("");
  return lines.join("\n");
}

export function writeReport(dir: string, report: BenchReport): { json: string; md: string } {
  fs.mkdirSync(dir, { recursive: true });
  const json = path.join(dir, "results.json");
  const md = path.join(dir, "results.md");
  fs.writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(md, toMarkdown(report));
  return { json, md };
}

export const README_START = "<!-- bench:start (written by npm run bench) -->";
export const README_END = "<!-- bench:end -->";

/** The README's table: every page of the heavy personas at concurrency 10, with the targets. */
export function readmeTable(r: BenchReport): string {
  const t = r.targets;
  const at = (key: string) => r.results.find((x) => x.key === key && x.concurrency === t.concurrency);
  const base = at("static");
  const file = r.staticFile ? at("staticFile") : undefined;
  const floor = at("dynamicFloor");
  const lines = [
    `Run ${r.machine.date.slice(0, 16).replace("T", " ")} UTC on ${r.machine.cores} cores (${r.machine.cpuModel}); ` +
      `baseline: the static page \`${r.baseline.path}\` ${fmt(base?.rps ?? null)} req/s at concurrency ${t.concurrency}` +
      (file && r.staticFile ? `; for scale, the static file \`${r.staticFile.path}\` ${fmt(file.rps)} req/s` : "") +
      (floor ? ` and the empty dynamic page \`${floor.path}\` ${fmt(floor.rps)} req/s (${pct(floor.ratioToBaseline)} of the static page)` : "") +
      ".",
    ...(r.frameworkFloor ? ["", floorSentence(r.frameworkFloor)] : []),
    "",
    `| page | persona | req/s | p50 ms | p95 ms | p95 < ${t.p95BelowMs} ms | share of the static page (target ≥ ${t.minRatio * 100} %) |${file ? " share of the static file |" : ""}`,
    `|---|---|---:|---:|---:|:---:|---:|${file ? "---:|" : ""}`,
  ];
  for (const x of heavyRowsAt(r.results, t.concurrency)) {
    const ok = p95Met(x, t.p95BelowMs);
    lines.push(
      `| ${x.label} | ${x.persona} | ${fmt(x.rps)} | ${fmt(x.latencyMs.p50, 0)} | ${fmt(x.latencyMs.p95, 0)} | ${ok ? "**met**" : "missed"} | ${pct(x.ratioToBaseline)} |` +
        (file ? ` ${pct(x.rps / file.rps)} |` : ""),
    );
  }
  return lines.join("\n");
}

/** Replaces the block between the markers in the README; false when the markers are missing. */
export function writeReadmeTable(readmePath: string, r: BenchReport): boolean {
  const text = fs.readFileSync(readmePath, "utf8");
  const start = text.indexOf(README_START);
  const end = text.indexOf(README_END);
  if (start < 0 || end < start) return false;
  fs.writeFileSync(readmePath, `${text.slice(0, start + README_START.length)}\n${readmeTable(r)}\n${text.slice(end)}`);
  return true;
}
