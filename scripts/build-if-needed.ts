import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

type Env = Record<string, string | undefined>;

/** Settings that static pages read when the portal is built: a change of one calls for a new build. */
export const BUILD_TIME_SETTINGS = ["ACCESSIBILITY_FEEDBACK_EMAIL"] as const;

const settingsOf = (env: Env) =>
  JSON.stringify(Object.fromEntries(BUILD_TIME_SETTINGS.map((k) => [k, env[k]?.trim() || null])));
const settingsFile = (root: string, env: Env) =>
  path.join(root, env.NEXT_DIST_DIR ?? ".next", "build-settings.json");

/**
 * True when there is no production build, a source file changed after it was made, or a
 * build-time setting differs from the one it was made with.
 */
export function needsBuild(root = process.cwd(), env: Env = process.env): boolean {
  const buildId = path.join(root, env.NEXT_DIST_DIR ?? ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const settings = settingsFile(root, env);
  if (!fs.existsSync(settings) || fs.readFileSync(settings, "utf8") !== settingsOf(env)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  const newer = (dir: string): boolean =>
    fs.readdirSync(dir, { withFileTypes: true }).some((e) => {
      const p = path.join(dir, e.name);
      return e.isDirectory() ? e.name !== "generated" && newer(p) : fs.statSync(p).mtimeMs > built;
    });
  return ["src", "locales", "public"].some((d) => fs.existsSync(path.join(root, d)) && newer(path.join(root, d)));
}

/** Builds the portal when needsBuild says so; true when it built. */
export function buildIfNeeded(env: NodeJS.ProcessEnv = process.env): boolean {
  if (!needsBuild(process.cwd(), env)) return false;
  console.info("[build] building the portal (next build)…");
  // next build adds `<distDir>/types/**` to tsconfig.json for any other distDir (.next-bench,
  // .next-e2e-*); those folders are throw-away, so the file is put back as it was.
  const tsconfig = fs.existsSync("tsconfig.json") ? fs.readFileSync("tsconfig.json", "utf8") : null;
  const build = spawnSync("npx", ["next", "build"], { env, stdio: "inherit" });
  if (tsconfig !== null && fs.readFileSync("tsconfig.json", "utf8") !== tsconfig) fs.writeFileSync("tsconfig.json", tsconfig);
  if (build.status !== 0) process.exit(build.status ?? 1);
  fs.writeFileSync(settingsFile(process.cwd(), env), settingsOf(env));
  return true;
}
