// The demo seed: synthetic data for the 23 personas that exercises every role and rule (see
// docs in personas.ts and SEED_FACTS). Deterministic: fixed ids, no randomness beyond a seeded
// PRNG; data dates are relative to `now` (birth dates are fixed), so "the last 12 months",
// "expiring within two months" and "lapsed after 8 days" hold whenever it runs.
import type { PrismaClient } from "../../src/generated/prisma/client";
import { SeedClock } from "./lib/dates";
import { countRows, insertRows, type SeedCounts, type SeedRows } from "./lib/rows";
import { DemoBuilder } from "./demo-data/builder";
import { CARE_UNITS } from "./demo-data/care-units";
import { seedFamilyHealth } from "./demo-data/health-family";
import { seedAinoHealth } from "./demo-data/health-aino";
import { seedOtherHealth } from "./demo-data/health-others";
import { seedOwnData } from "./demo-data/own-data";
import { seedPopulation } from "./demo-data/population";
import { seedPortal } from "./demo-data/portal";
import { seedAinoPrescriptions } from "./demo-data/prescriptions-aino";
import { seedOtherPrescriptions } from "./demo-data/prescriptions-others";
import { seedSocial } from "./demo-data/social";
import { seedWillService } from "./demo-data/will-service";

export { SEED_FACTS, type SeedFacts } from "./demo-data/facts";

export type SeedDemoOptions = { now?: Date };
export type SeedDemoResult = { skipped: boolean; counts: SeedCounts | null; ms: number };

/** Builds every demo row in memory (pure: the same `now` gives the same rows). */
export function buildDemoRows(now: Date): SeedRows {
  const b = new DemoBuilder(new SeedClock(now));
  seedPopulation(b);
  for (const unit of Object.values(CARE_UNITS)) {
    b.rows.careUnit.push({
      id: unit.id,
      oid: unit.oid,
      organisation: unit.organisation,
      name: unit.name,
      municipality: unit.municipality,
      acceptsRenewals: unit.acceptsRenewals,
    });
  }
  seedAinoPrescriptions(b);
  seedOtherPrescriptions(b);
  seedAinoHealth(b);
  seedFamilyHealth(b);
  seedOtherHealth(b);
  seedSocial(b);
  seedWillService(b);
  seedOwnData(b);
  seedPortal(b);
  return b.rows;
}

/**
 * Seeds the demo data into an empty database. If any person exists already it does nothing
 * (`db:reset` empties the database first), so running it twice is harmless.
 */
export async function seedDemo(prisma: PrismaClient, opts: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  const started = Date.now();
  if ((await prisma.person.count()) > 0) return { skipped: true, counts: null, ms: Date.now() - started };
  const rows = buildDemoRows(opts.now ?? new Date());
  await prisma.$transaction(async (tx) => insertRows(tx, rows), { timeout: 120_000, maxWait: 30_000 });
  return { skipped: false, counts: countRows(rows), ms: Date.now() - started };
}
