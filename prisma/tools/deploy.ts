// `npm run db:deploy`: the offline `prisma migrate deploy`. Applies committed migrations that the
// target has not seen; running it twice is a no-op.
import { PGlite } from "@electric-sql/pglite";
import { describeTarget, resolveDbTarget, type DbTarget } from "../../src/server/db-url";
import { DEFAULT_MIGRATIONS, NO_FILTER, isMain, openEngine, readMigrations } from "./schema-engine";
import pg from "pg";
import { applyMigrationsSql, pgRunner } from "./sql-migrate";

export type MigrationTarget = { pglite: PGlite } | { url: string };

/** Returns the names of the migrations applied by this call. */
export async function deployMigrations(
  target: MigrationTarget,
  migrationsDir = DEFAULT_MIGRATIONS,
): Promise<string[]> {
  const migrationsList = await readMigrations(migrationsDir);
  if ("url" in target) {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      return await applyMigrationsSql(pgRunner(client), migrationsList);
    } finally {
      await client.end();
    }
  }
  // PGlite: the real engine does the work, including the _prisma_migrations bookkeeping.
  const { engine, close } = await openEngine({ db: target.pglite });
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
    return appliedMigrationNames;
  } finally {
    await close();
  }
}

/** Opens the target named by the environment (see src/server/db-url.ts) and deploys to it. */
export async function deployTo(target: DbTarget, migrationsDir = DEFAULT_MIGRATIONS): Promise<string[]> {
  if (target.kind === "postgres") return deployMigrations({ url: target.url }, migrationsDir);
  const db = new PGlite(target.dir);
  try {
    return await deployMigrations({ pglite: db }, migrationsDir);
  } finally {
    await db.close();
  }
}

if (isMain(import.meta.url)) {
  const target = resolveDbTarget();
  const applied = await deployTo(target);
  console.log(
    applied.length
      ? `applied ${applied.length} migration(s) to ${describeTarget(target)}:\n  ${applied.join("\n  ")}`
      : `${describeTarget(target)} is up to date`,
  );
}
