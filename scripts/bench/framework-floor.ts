// The stack's own ceiling for the throughput ratio. A bare Next.js app (scripts/bench/floor-app: no
// proxy, no layout content, no session, no database) serves the same two-element markup once
// prerendered (/static) and once rendered per request (/dynamic). It is built with the portal's
// Next.js and started with the portal's worker processes, so dynamic ÷ static is the share of a
// static page that Next.js itself gives a page doing no work, before the portal adds any.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { runLoad, type LoadResult } from "./load";
import { startNextApp } from "./server";

export const FLOOR_APP_DIR = path.join("scripts", "bench", "floor-app");
const STATIC_PATH = "/static";
const DYNAMIC_PATH = "/dynamic";

export type FloorPage = LoadResult & { path: string; bytes: number };

export type FrameworkFloor = {
  app: string;
  next: string;
  workers: number;
  static: FloorPage;
  dynamic: FloorPage;
  /** dynamic.rps ÷ static.rps */
  share: number;
};

/** Builds the floor app (seconds: it is two pages) and checks that only /static was prerendered. */
function buildFloorApp(env: NodeJS.ProcessEnv): void {
  const next = path.join("node_modules", "next", "dist", "bin", "next");
  const build = spawnSync(process.execPath, [next, "build", FLOOR_APP_DIR], { env, encoding: "utf8" });
  if (build.status !== 0)
    throw new Error(`next build ${FLOOR_APP_DIR} failed:\n${build.stdout}\n${build.stderr}`);
  const manifest = JSON.parse(
    fs.readFileSync(path.join(FLOOR_APP_DIR, ".next", "prerender-manifest.json"), "utf8"),
  ) as {
    routes: Record<string, unknown>;
  };
  if (!manifest.routes[STATIC_PATH] || manifest.routes[DYNAMIC_PATH])
    throw new Error(`${FLOOR_APP_DIR}: ${STATIC_PATH} must be prerendered and ${DYNAMIC_PATH} must not`);
}

export async function measureFrameworkFloor(opts: {
  port: number;
  workers: number;
  concurrency: number;
  durationS: number;
  warmupS: number;
  env: NodeJS.ProcessEnv;
}): Promise<FrameworkFloor> {
  const env: NodeJS.ProcessEnv = {
    ...opts.env,
    PORTAL_WORKERS: String(opts.workers),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  delete env.NEXT_DIST_DIR; // the floor app builds into its own .next
  buildFloorApp(env);
  const app = await startNextApp({
    dir: FLOOR_APP_DIR,
    port: opts.port,
    env,
    logFile: path.join("/tmp", `mk-bench-floor-${opts.port}.log`),
    readyPath: STATIC_PATH,
  });
  try {
    const measure = async (pagePath: string): Promise<FloorPage> => {
      const request = { url: `${app.url}${pagePath}`, headers: { "accept-encoding": "gzip" } };
      const html = await (await fetch(request.url)).text();
      if (!html.includes("<h1>")) throw new Error(`${FLOOR_APP_DIR}${pagePath}: not the floor page`);
      await runLoad(request, { connections: opts.concurrency, durationS: opts.warmupS });
      const r = await runLoad(request, { connections: opts.concurrency, durationS: opts.durationS });
      if (r.errors || r.unexpected)
        throw new Error(`${FLOOR_APP_DIR}${pagePath}: ${r.errors} errors, ${r.unexpected} unexpected`);
      return { ...r, path: pagePath, bytes: Buffer.byteLength(html) };
    };
    const staticPage = await measure(STATIC_PATH);
    const dynamicPage = await measure(DYNAMIC_PATH);
    const nextVersion = (
      JSON.parse(fs.readFileSync(path.join("node_modules", "next", "package.json"), "utf8")) as {
        version: string;
      }
    ).version;
    return {
      app: FLOOR_APP_DIR,
      next: nextVersion,
      workers: opts.workers,
      static: staticPage,
      dynamic: dynamicPage,
      share: Number((dynamicPage.rps / staticPage.rps).toFixed(3)),
    };
  } finally {
    await app.stop();
  }
}
