// `npm start`: prepares the database (migrate, and seed when empty), builds the portal if needed,
// then runs the mock identification service and the portal side by side until interrupted.
// `npm run dev` does the same with `next dev`.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { buildIfNeeded } from "./build-if-needed";
import { resolveDbTarget } from "../src/server/db-url";
import { deployTo } from "../prisma/tools/deploy";
import { closePrismaClient, createPrismaClient, runDemoSeed } from "../src/server/db";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const idpPort = Number(process.env.IDP_PORT ?? port + 1);
const portalUrl = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
const issuer = process.env.OIDC_ISSUER ?? `http://localhost:${idpPort}`;

const env: NodeJS.ProcessEnv = {
  ...process.env,
  PORT: String(port),
  NEXTAUTH_URL: portalUrl,
  PORTAL_URL: portalUrl,
  OIDC_ISSUER: issuer,
  IDP_ISSUER: process.env.IDP_ISSUER ?? issuer,
  IDP_PORT: String(idpPort),
};
if (!env.NEXTAUTH_SECRET) {
  env.NEXTAUTH_SECRET = "dev-only-secret-change-me-in-production";
  console.warn("[start] NEXTAUTH_SECRET is not set: using a development secret. Set it in production.");
}

async function prepareDatabase() {
  const target = resolveDbTarget();
  console.info(
    `[start] database: ${target.kind === "pglite" ? `embedded PGlite in ${target.dir}` : "PostgreSQL (DATABASE_URL)"}`,
  );
  // Migrates and, on an empty embedded database, seeds the demo data. PGlite is single-process,
  // so the client is closed before the portal opens the same folder.
  if (target.kind === "postgres") await deployTo(target);
  const prisma = createPrismaClient({ bootstrap: true });
  try {
    if ((await prisma.person.count()) === 0 && (await runDemoSeed(prisma)))
      console.info("[start] demo data seeded");
  } finally {
    await closePrismaClient(prisma);
  }
}

const children: ChildProcess[] = [];
function run(name: string, command: string, args: string[]) {
  const child = spawn(command, args, { env, stdio: "inherit" });
  child.on("exit", (code, signal) => {
    console.info(`[start] ${name} exited (${signal ?? code})`);
    shutdown(code ?? 1);
  });
  children.push(child);
}

let stopping = false;
function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill("SIGTERM");
  setTimeout(() => process.exit(code), 500).unref();
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));

await prepareDatabase();
if (!dev) buildIfNeeded(env);
// Node itself runs both (no npx or tsx wrapper processes), so a signal to this process group
// reaches the servers and nothing is left running after tests.
const nextBin = path.join("node_modules", "next", "dist", "bin", "next");
run("identification service", process.execPath, ["--import", "tsx", "src/idp/server.ts"]);
if (dev) run("portal", process.execPath, [nextBin, "dev", "-p", String(port)]);
else run("portal", process.execPath, ["--import", "tsx", "scripts/portal-cluster.ts", String(port)]);
console.info(`[start] portal on ${portalUrl}, identification service on ${issuer}`);
