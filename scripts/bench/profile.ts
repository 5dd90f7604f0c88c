// CPU profiles of the portal under load: a preload module for every Node process of the server
// (NODE_OPTIONS refuses --cpu-prof, so the inspector's profiler is started in-process and the
// profile written at exit), and a summary with self time per function and per package, so a slow
// page can be attributed to React rendering, Prisma, next-auth, etc.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** Writes the preload module into `dir` and returns the NODE_OPTIONS flag that loads it. */
export function profilerPreload(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "preload.mjs");
  fs.writeFileSync(
    file,
    [
      'import inspector from "node:inspector";',
      'import fs from "node:fs";',
      "const session = new inspector.Session();",
      "let started = false;",
      // Start-up, sign-ins and warm-up stay out of the profile: the bench sends SIGUSR2 to start it.
      'process.on("SIGUSR2", () => {',
      "  if (started) return;",
      "  started = true;",
      "  session.connect();",
      '  session.post("Profiler.enable");',
      '  session.post("Profiler.start");',
      "});",
      // Same-thread inspector sessions answer synchronously, so this works in an exit handler.
      'process.on("exit", () => started && session.post("Profiler.stop", (err, r) => {',
      `  if (!err) fs.writeFileSync(${JSON.stringify(dir)} + "/" + process.pid + ".cpuprofile", JSON.stringify(r.profile));`,
      "}));",
      "",
    ].join("\n"),
  );
  return `--import=${pathToFileURL(file).href}`;
}

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; hitCount?: number; children?: number[] };
type CpuProfile = { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] };

export type ProfileSummary = {
  file: string;
  totalMs: number;
  idleMs: number;
  byPackage: { name: string; ms: number; share: number }[];
  topFunctions: { name: string; where: string; ms: number; share: number }[];
};

/** "next", "react-dom", "@prisma/client", "(app)", "(node)", "(gc)", … for a script URL. */
function packageOf(url: string, fn: string): string {
  if (!url) return fn === "(garbage collector)" ? "(gc)" : fn === "(idle)" || fn === "(program)" ? fn : "(native)";
  if (url.startsWith("node:")) return "(node core)";
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = url.slice(nm + "node_modules/".length).split("/");
    const name = rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
    // Next bundles React and friends under next/dist/compiled.
    const compiled = url.indexOf("next/dist/compiled/");
    if (name === "next" && compiled >= 0) return `next/compiled/${url.slice(compiled + "next/dist/compiled/".length).split("/")[0]}`;
    return name;
  }
  if (url.includes("/.next")) return "(app bundle)";
  return "(other)";
}

export function summariseProfile(file: string, top = 25): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const total = (profile.endTime - profile.startTime) / 1000;
  let idle = 0;
  const pkgs = new Map<string, number>();
  const fns = new Map<string, { name: string; where: string; ms: number }>();
  for (const [id, ms] of self) {
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === "(idle)") {
      idle += ms;
      continue;
    }
    const pkg = packageOf(url, functionName);
    pkgs.set(pkg, (pkgs.get(pkg) ?? 0) + ms);
    const where = url ? `${url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*\/(\.next[^/]*)/, "$1")}:${lineNumber + 1}` : "";
    const key = `${functionName}@${where}`;
    const f = fns.get(key) ?? { name: functionName || "(anonymous)", where, ms: 0 };
    f.ms += ms;
    fns.set(key, f);
  }
  const busy = total - idle;
  const share = (ms: number) => Number((ms / Math.max(busy, 1e-9)).toFixed(3));
  return {
    file: path.basename(file),
    totalMs: Math.round(total),
    idleMs: Math.round(idle),
    byPackage: [...pkgs]
      .map(([name, ms]) => ({ name, ms: Math.round(ms), share: share(ms) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 15),
    topFunctions: [...fns.values()]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top)
      .map((f) => ({ ...f, ms: Math.round(f.ms), share: share(f.ms) })),
  };
}

/** The summary of the busiest process in `dir` (the Next.js server, not start.ts or the IdP). */
export function busiestProfile(dir: string, top = 25): ProfileSummary | null {
  if (!fs.existsSync(dir)) return null;
  const summaries = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".cpuprofile"))
    .map((f) => summariseProfile(path.join(dir, f), top));
  summaries.sort((a, b) => b.totalMs - b.idleMs - (a.totalMs - a.idleMs));
  return summaries[0] ?? null;
}
