// Quick load probe against a portal left running by `npm run bench -- --hold`:
//   tsx scripts/bench/probe.ts [--out bench] [--c 1] [--s 3] key[,key…]|all
// prints req/s and latency per scenario; for before/after comparisons while optimising one page.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { runLoad, type LoadRequest } from "./load";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: "string", default: "bench" },
    c: { type: "string", default: "1" },
    s: { type: "string", default: "3" },
  },
});
type Held = LoadRequest & { key: string; persona: string };
const held = JSON.parse(fs.readFileSync(path.join(values.out, "sessions.json"), "utf8")) as Held[];
const wanted = (positionals[0] ?? "all").split(",");
async function main() {
  for (const s of held.filter((h) => wanted.includes("all") || wanted.includes(h.key))) {
    const r = await runLoad(s, { connections: Number(values.c), durationS: Number(values.s) });
    console.info(
      `${s.key.padEnd(14)} ${s.persona.padEnd(26)} ${String(r.rps).padStart(7)} req/s  p50 ${r.latencyMs.p50}  p95 ${r.latencyMs.p95} ms  errors ${r.errors}/${r.unexpected}`,
    );
  }
}
void main();
