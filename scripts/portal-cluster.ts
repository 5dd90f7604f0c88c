// Runs `next start` in several worker processes that share one port (Node's cluster module: the
// primary accepts connections and hands them round-robin to the workers). One Node process renders
// on one core; on a multi-core machine the extra workers are the cheapest throughput there is.
//
//   node --import tsx scripts/portal-cluster.ts <port>      (scripts/start.ts does this)
//   node --import tsx scripts/portal-cluster.ts <port> <dir>  (another built Next.js app: the bench's
//                                                              framework floor, scripts/bench/floor-app)
//
// PORTAL_WORKERS sets the count (default: one per core, with PostgreSQL). State that lives in a
// process is per worker: the sign-in rate limiter divides its budget by the count
// (src/server/rate-limit.ts). Test hooks (TEST_HOOKS=1) and the embedded PGlite database need
// exactly one process, so they force one worker.
import cluster from "node:cluster";
import os from "node:os";
import path from "node:path";
import { resolveDbTarget } from "../src/server/db-url";

export function workerCount(env: Record<string, string | undefined> = process.env): number {
  // The embedded PGlite database is single-process, and test hooks live in one process's memory.
  if (env.TEST_HOOKS === "1" || resolveDbTarget(env).kind === "pglite") return 1;
  const asked = Number(env.PORTAL_WORKERS);
  if (Number.isInteger(asked) && asked >= 1) return asked;
  return Math.max(1, os.availableParallelism());
}

function main() {
  const port = process.argv[2] ?? process.env.PORT ?? "3000";
  const appDir = process.argv[3];
  const count = workerCount();
  cluster.setupPrimary({
    exec: path.join("node_modules", "next", "dist", "bin", "next"),
    args: ["start", ...(appDir ? [appDir] : []), "-p", String(port)],
    // Plain Node (no tsx loader). A larger young generation: server rendering makes many short-lived
    // objects, and fewer scavenges measured about 10 % more pages a second (npm run bench).
    execArgv: ["--max-semi-space-size=64"],
  });
  let stopping = false;
  const stop = () => {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (!Object.keys(cluster.workers ?? {}).length) process.exit(0);
      return;
    }
    // A worker that dies is replaced, so one crash does not halve the capacity for good.
    console.error(`[portal] worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    cluster.fork({ PORTAL_WORKERS: String(count) });
  });
  for (let i = 0; i < count; i++) cluster.fork({ PORTAL_WORKERS: String(count) });
  console.info(`[portal] ${count} worker${count === 1 ? "" : "s"} on port ${port}`);
}

if (cluster.isPrimary && process.argv[1]?.endsWith("portal-cluster.ts")) main();
