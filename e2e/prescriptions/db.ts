// Direct reads of the e2e database, to prove that a refused request changed nothing.
import pg from "pg";
import { E2E_DATABASE_URL } from "../env";

export async function renewalRequestCount(prescriptionId: string): Promise<number> {
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  try {
    const r = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM "RenewalRequest" WHERE "prescriptionId" = $1`,
      [prescriptionId],
    );
    return Number(r.rows[0]!.n);
  } finally {
    await client.end();
  }
}
