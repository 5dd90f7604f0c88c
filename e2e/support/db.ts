import pg from "pg";
import { E2E_DATABASE_URL } from "../env";

/** Runs SQL against the e2e database (or, with admin, the cluster's maintenance database). */
export async function sql(text: string, params: unknown[] = [], admin = false) {
  const url = new URL(E2E_DATABASE_URL);
  if (admin) url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await client.query(text, params);
  } finally {
    await client.end();
  }
}

export async function setServiceDisturbed(service: string, disturbed: boolean) {
  await sql(
    `INSERT INTO "ServiceStatus" (service, disturbed, since) VALUES ($1, $2, now())
     ON CONFLICT (service) DO UPDATE SET disturbed = EXCLUDED.disturbed, since = EXCLUDED.since`,
    [service, disturbed],
  );
}

/** Makes the e2e database refuse connections and drops the open ones: the database is "down". */
export async function takeDatabaseDown() {
  const name = new URL(E2E_DATABASE_URL).pathname.slice(1);
  await sql(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false`, [], true);
  await sql(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name], true);
}

export async function bringDatabaseBack() {
  const name = new URL(E2E_DATABASE_URL).pathname.slice(1);
  await sql(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS true`, [], true);
}
