// A plain-SQL `migrate deploy` with Prisma's bookkeeping, for targets where the wasm engine is not
// used: PostgreSQL servers (the engine + @prisma/adapter-pg mis-maps OID 18 "char" and can run
// shadow work on the main database) and the app's own PGlite bootstrap (keeps the wasm engine out
// of the Next.js bundle). Rules mirror the engine's applyMigrations: same _prisma_migrations table
// and checksums, same advisory lock, stop at a previously failed migration.
// Node built-ins only, so src/server/db.ts may import it.
import { createHash, randomUUID } from "node:crypto";
import type { MigrationList } from "./migrations-dir";

/** The two calls we need; pg.Client and PGlite both fit with a one-line adapter. */
export type SqlRunner = {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a multi-statement script (simple-query protocol: one implicit transaction). */
  exec(script: string): Promise<void>;
  /** Serialises concurrent deployers; PGlite is single-connection so it can skip this. */
  lock?(): Promise<() => Promise<void>>;
};

// The DDL the schema engine uses for PostgreSQL.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** The engine's lock id, so a real `prisma migrate deploy` would wait for us and vice versa. */
export const ADVISORY_LOCK_ID = 72707369;

export const checksum = (script: string) => createHash("sha256").update(script).digest("hex");

type Row = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

/** Returns the names of the migrations this call applied. */
export async function applyMigrationsSql(db: SqlRunner, list: MigrationList): Promise<string[]> {
  const unlock = db.lock ? await db.lock() : async () => {};
  try {
    await db.exec(CREATE_MIGRATIONS_TABLE);
    const rows = await db.query<Row>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
    );
    const failed = rows.filter((r) => r.finished_at === null && r.rolled_back_at === null);
    if (failed.length > 0) {
      throw new Error(
        `Migration(s) ${failed.map((r) => r.migration_name).join(", ")} failed earlier in this database (P3009). ` +
          "Repair it by hand, or start over with `npm run db:reset`.",
      );
    }
    const applied = new Map(
      rows
        .filter((r) => r.finished_at !== null && r.rolled_back_at === null)
        .map((r) => [r.migration_name, r]),
    );
    const done: string[] = [];
    for (const dir of list.migrationDirectories) {
      const file = dir.migrationFile.content;
      if (file.tag === "error") throw new Error(`Cannot read ${dir.path}/migration.sql: ${file.value}`);
      const previous = applied.get(dir.path);
      if (previous) {
        if (previous.checksum !== checksum(file.value))
          console.warn(`warning: migration ${dir.path} was edited after it was applied`);
        continue;
      }
      const id = randomUUID();
      await db.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, started_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 0)`,
        [id, checksum(file.value), dir.path],
      );
      try {
        await db.exec(file.value);
      } catch (e) {
        const logs = e instanceof Error ? e.message : String(e);
        await db.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, logs]);
        throw new Error(`Migration ${dir.path} failed: ${logs}`);
      }
      await db.query(
        `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = applied_steps_count + 1 WHERE id = $1`,
        [id],
      );
      done.push(dir.path);
    }
    return done;
  } finally {
    await unlock();
  }
}

type PgLike = { query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }> };
type PgliteLike = {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  exec(sql: string): Promise<unknown>;
};

export function pgRunner(client: PgLike): SqlRunner {
  return {
    query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
    exec: async (script) => void (await client.query(script)),
    lock: async () => {
      await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_ID]);
      return async () => void (await client.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_ID]));
    },
  };
}

export function pgliteRunner(db: PgliteLike): SqlRunner {
  return {
    query: async <T>(sql: string, params?: unknown[]) => (await db.query(sql, params)).rows as T[],
    exec: async (script) => void (await db.exec(script)),
  };
}
