import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** True when there is no production build or a source file changed after it was made. */
export function needsBuild(root = process.cwd()): boolean {
  const buildId = path.join(root, process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  const newer = (dir: string): boolean =>
    fs.readdirSync(dir, { withFileTypes: true }).some((e) => {
      const p = path.join(dir, e.name);
      return e.isDirectory() ? e.name !== "generated" && newer(p) : fs.statSync(p).mtimeMs > built;
    });
  return ["src", "locales", "public"].some((d) => fs.existsSync(path.join(root, d)) && newer(path.join(root, d)));
}

export function buildIfNeeded(env: NodeJS.ProcessEnv = process.env): void {
  if (!needsBuild()) return;
  console.info("[build] building the portal (next build)…");
  // next build adds `<distDir>/types/**` to tsconfig.json for any other distDir (.next-bench,
  // .next-e2e-*); those folders are throw-away, so the file is put back as it was.
  const tsconfig = fs.existsSync("tsconfig.json") ? fs.readFileSync("tsconfig.json", "utf8") : null;
  const build = spawnSync("npx", ["next", "build"], { env, stdio: "inherit" });
  if (tsconfig !== null && fs.readFileSync("tsconfig.json", "utf8") !== tsconfig) fs.writeFileSync("tsconfig.json", tsconfig);
  if (build.status !== 0) process.exit(build.status ?? 1);
}
