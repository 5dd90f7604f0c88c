// `npm run db:reset`: wipe the target, apply every migration, load the demo data.
// PGlite: delete the data directory. PostgreSQL: drop and recreate schema public (local hosts only,
// unless DB_RESET_ALLOW_REMOTE=1, because this destroys data).
import fs from "node:fs/promises";
import pg from "pg";
import { closePrismaClient, createPrismaClient, runDemoSeed } from "../../src/server/db";
import { describeTarget, resolveDbTarget, type DbTarget } from "../../src/server/db-url";
import { deployTo } from "./deploy";
import { isMain } from "./schema-engine";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

export async function wipe(target: DbTarget): Promise<void> {
  if (target.kind === "pglite") {
    await fs.rm(target.dir, { recursive: true, force: true });
    return;
  }
  const host = new URL(target.url).hostname;
  if (!LOCAL_HOSTS.has(host) && process.env.DB_RESET_ALLOW_REMOTE !== "1") {
    throw new Error(`refusing to wipe non-local host ${host}; set DB_RESET_ALLOW_REMOTE=1 if you mean it`);
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;`);
  } finally {
    await client.end();
  }
}

export async function resetDatabase(target: DbTarget = resolveDbTarget(), opts: { seed?: boolean } = {}) {
  await wipe(target);
  const applied = await deployTo(target);
  let seeded = false;
  if (opts.seed !== false) {
    // bootstrap:false: we just deployed; the seed must not race an automatic bootstrap.
    const prisma = createPrismaClient({ target, bootstrap: false });
    try {
      seeded = await runDemoSeed(prisma);
    } finally {
      await closePrismaClient(prisma);
    }
  }
  return { applied, seeded };
}

if (isMain(import.meta.url)) {
  const target = resolveDbTarget();
  const { applied, seeded } = await resetDatabase(target);
  console.log(
    `reset ${describeTarget(target)}: ${applied.length} migration(s) applied, ${seeded ? "demo data seeded" : "not seeded"}`,
  );
}
