// Throw-away databases for integration tests: a uniquely named PostgreSQL database on the local
// server, or an in-memory PGlite, each with the committed migrations applied.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { closePrismaClient, createPrismaClient, type Db } from "../../src/server/db";
import { readMigrations } from "../../prisma/tools/migrations-dir";
import { applyMigrationsSql, pgRunner, pgliteRunner } from "../../prisma/tools/sql-migrate";
import type { Prisma } from "../../src/generated/prisma/client";

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");
const DEFAULT_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres";
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

export type TestDbOptions = { onQuery?: (event: Prisma.QueryEvent) => void; migrate?: boolean };

export type TestDatabase = { url: string; prisma: Db; drop(): Promise<void> };

/** The admin connection, refusing anything but a local server: these helpers create and drop databases. */
export function adminUrl(): URL {
  const url = new URL(process.env.TEST_DATABASE_ADMIN_URL || DEFAULT_ADMIN_URL);
  if (!LOCAL_HOSTS.has(url.hostname))
    throw new Error(`test databases only on a local server, not ${url.hostname}`);
  return url;
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl().href });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates `mk_test_<random>` and applies the migrations (unless migrate: false). Call drop() in afterAll. */
export async function createTestDatabase(opts: TestDbOptions = {}): Promise<TestDatabase> {
  const name = `mk_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await withAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl().href);
  url.pathname = `/${name}`;
  try {
    if (opts.migrate !== false) {
      const client = new pg.Client({ connectionString: url.href });
      await client.connect();
      try {
        await applyMigrationsSql(pgRunner(client), await readMigrations(MIGRATIONS_DIR));
      } finally {
        await client.end();
      }
    }
  } catch (e) {
    await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    throw e;
  }
  const prisma = createPrismaClient({ target: { kind: "postgres", url: url.href }, onQuery: opts.onQuery });
  return {
    url: url.href,
    prisma,
    async drop() {
      await closePrismaClient(prisma);
      await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

export type TestPglite = { pglite: PGlite; prisma: Db; close(): Promise<void> };

/** An in-memory PGlite with the migrations applied the way the app's bootstrap does it. */
export async function createTestPglite(opts: TestDbOptions = {}): Promise<TestPglite> {
  const pglite = new PGlite();
  if (opts.migrate !== false)
    await applyMigrationsSql(pgliteRunner(pglite), await readMigrations(MIGRATIONS_DIR));
  const prisma = createPrismaClient({ pglite, bootstrap: false, onQuery: opts.onQuery });
  return {
    pglite,
    prisma,
    async close() {
      await closePrismaClient(prisma);
      await pglite.close();
    },
  };
}
