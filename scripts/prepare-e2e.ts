// Before the Playwright suite: a fresh e2e database (migrated and seeded) and an up-to-date build.
import pg from "pg";
import { resetDatabase } from "../prisma/tools/reset";
import { buildIfNeeded } from "./build-if-needed";
import { E2E_DATABASE_URL } from "../e2e/env";

async function ensureDatabase(url: string) {
  const name = new URL(url).pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
}

await ensureDatabase(E2E_DATABASE_URL);
const { applied, seeded } = await resetDatabase({ kind: "postgres", url: E2E_DATABASE_URL }, { seed: true });
console.info(`[e2e] database ready: ${applied.length} migration(s), ${seeded ? "seeded" : "NOT seeded"}`);
buildIfNeeded();
