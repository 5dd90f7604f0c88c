// The bench database: a dedicated PostgreSQL database, reset with the demo data and then the
// synthetic population with its heavy personas (prisma/seed/scale.ts).
import fs from "node:fs";
import { resetDatabase } from "../../prisma/tools/reset";
import { ensureDatabase } from "../../prisma/tools/ensure-database";
import { DEFAULT_HEAVY_JSON, seedScale } from "../../prisma/seed/scale";
import { closePrismaClient, createPrismaClient, type Db } from "../../src/server/db";

export const BENCH_DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/mittkanta_bench";

export { ensureDatabase };

export type SeedReport = { resetMs: number; scaleMs: number; scaleRows: number; persons: number };

/** Wipes the bench database, applies the migrations, loads the demo data and the scale data. */
export async function prepareBenchDatabase(url: string, persons: number, log: (m: string) => void): Promise<SeedReport> {
  await ensureDatabase(url);
  const target = { kind: "postgres" as const, url };
  const t0 = Date.now();
  const { applied, seeded } = await resetDatabase(target, { seed: true });
  if (!seeded) throw new Error("the demo seed did not run (prisma/seed/demo.ts missing?)");
  const resetMs = Date.now() - t0;
  log(`database reset: ${applied.length} migration(s), demo data in ${(resetMs / 1000).toFixed(1)} s`);
  const prisma = createPrismaClient({ target, bootstrap: false });
  try {
    // The identification page may list the heavy personas from this file; its content only
    // depends on the generator, so an existing file is left alone.
    const heavyJsonPath = fs.existsSync(DEFAULT_HEAVY_JSON) ? null : DEFAULT_HEAVY_JSON;
    const r = await seedScale(prisma, { persons, now: new Date(), heavyJsonPath });
    if (r.skipped) throw new Error("scale data already present after a reset?");
    log(`scale data: ${r.totalRows} rows for ${persons} persons in ${(r.ms / 1000).toFixed(1)} s`);
    // Fresh statistics, as a database that has been running for a while would have.
    await prisma.$executeRawUnsafe("ANALYZE");
    return { resetMs, scaleMs: r.ms, scaleRows: r.totalRows, persons };
  } finally {
    await closePrismaClient(prisma);
  }
}

export function openBenchDb(url: string): Db {
  return createPrismaClient({ target: { kind: "postgres", url }, bootstrap: false });
}
