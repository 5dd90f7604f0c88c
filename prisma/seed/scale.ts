// The scale generator: N synthetic persons with years of data each, plus heavy personas (an adult
// with 500 prescriptions and 2 000 health documents, a guardian of four children, a proxy for ten
// adults). Run with `npm run db:seed -- --scale --persons 10000` (see run.ts). Deterministic given
// N and `now`; the heavy personas are generated first, so their ids do not depend on N.
//
// Bulk path: multi-row INSERT ... VALUES through $executeRawUnsafe (scale-parts/sql-sink.ts), with the
// generation of the next batch overlapping the writing of the previous one.
import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "../../src/generated/prisma/client";
import { SeedClock, ymd } from "./lib/dates";
import { IdSequence, seedId } from "./lib/ids";
import { Prng } from "./lib/prng";
import { PERSONAS } from "./personas";
import { ORGANISATIONS, UNIT_KINDS } from "./scale-parts/catalog";
import { emitPerson, emitPersonData, type GenContext, type Volume } from "./scale-parts/generate";
import { HEAVY_PERSONAS, heavy, makePopulation, type ScalePerson } from "./scale-parts/people";
import { SqlSink, type ScaleTable } from "./scale-parts/sql-sink";

export { HEAVY_PERSONAS } from "./scale-parts/people";

export const DEFAULT_HEAVY_JSON = path.resolve(import.meta.dirname, "../../.data/heavy-personas.json");

export type ScaleOptions = {
  persons: number;
  now?: Date;
  /** Where to write the heavy personas' identities for the identification page; null: don't. */
  heavyJsonPath?: string | null;
  /** Persons generated per write batch. */
  batchPersons?: number;
  /** Batches written concurrently (PostgreSQL pool connections used). */
  parallelBatches?: number;
  log?: (msg: string) => void;
};

export type ScaleResult = {
  skipped: boolean;
  counts: Partial<Record<ScaleTable, number>>;
  totalRows: number;
  ms: number;
};

const NORMAL: Volume = { visits: 14, prescriptions: 6, measurements: 20, yearsBack: 10 };

function normalVolume(rnd: Prng): Volume {
  return {
    visits: rnd.int(4, 24),
    prescriptions: rnd.int(2, 10),
    measurements: rnd.chance(0.5) ? rnd.int(10, 70) : 0,
    yearsBack: NORMAL.yearsBack,
    social: rnd.chance(0.08),
  };
}

export async function seedScale(prisma: PrismaClient, opts: ScaleOptions): Promise<ScaleResult> {
  const started = Date.now();
  const log = opts.log ?? (() => {});
  const existing = await prisma.person.findUnique({
    where: { id: HEAVY_PERSONAS[0]!.id },
    select: { id: true },
  });
  if (existing) return { skipped: true, counts: {}, totalRows: 0, ms: Date.now() - started };

  const clock = new SeedClock(opts.now ?? new Date());
  const rnd = new Prng(0x5ca1e + 1);
  const sink = new SqlSink(prisma);
  const ids = new IdSequence("5c", 1);

  // Care units of the synthetic population (their own OID branch, 1.2.246.10.8).
  const unitIds: string[] = [];
  let u = 0;
  for (const org of ORGANISATIONS) {
    for (const kind of UNIT_KINDS) {
      u++;
      const id = seedId("5c", "careUnit", u);
      unitIds.push(id);
      const name = `${org}, ${kind[0]!.toUpperCase()}${kind.slice(1)} ${u}`;
      sink.add("CareUnit", [
        id,
        `1.2.246.10.8${String(u).padStart(5, "0")}.10.${u}`,
        org,
        name,
        null,
        kind !== "päivystys",
      ]);
    }
  }
  const ctx: GenContext = { sink, clock, ids, rnd, unitIds, organisations: ORGANISATIONS };

  // Hetus already in use: the personas' and the heavy personas'.
  const taken = new Set<string>(PERSONAS.map((p) => p.hetu));
  for (const p of HEAVY_PERSONAS) {
    if (taken.has(p.hetu)) throw new Error(`heavy persona ${p.key} collides with an existing hetu ${p.hetu}`);
    taken.add(p.hetu);
  }

  // ── Heavy personas ──
  for (const p of HEAVY_PERSONAS) emitPerson(ctx, p);
  emitPersonData(ctx, heavy("heavyAdult"), {
    visits: 1200,
    prescriptions: 500,
    measurements: 300,
    yearsBack: 20,
    social: true,
  });
  const guardian = heavy("heavyGuardian");
  emitPersonData(ctx, guardian, { ...NORMAL, social: true });
  for (let i = 1; i <= 4; i++) {
    const child = heavy(`heavyChild${i}`);
    sink.add("Guardianship", [ids.id("guardianship"), guardian.id, child.id, true, child.birthDate, null]);
    emitPersonData(ctx, child, {
      visits: 80,
      prescriptions: 25,
      measurements: 10,
      yearsBack: 20,
      social: i === 2,
    });
  }
  const proxy = heavy("heavyProxy");
  emitPersonData(ctx, proxy, NORMAL);
  for (let i = 1; i <= 10; i++) {
    const principal = heavy(`heavyPrincipal${i}`);
    const [health, social] = i === 9 ? [true, false] : i === 10 ? [false, true] : [true, true];
    sink.add("Mandate", [
      ids.id("mandate"),
      principal.id,
      proxy.id,
      "ADULT",
      health,
      social,
      clock.date(-100 * i),
      null,
    ]);
    emitPersonData(ctx, principal, {
      visits: 60,
      prescriptions: 30,
      measurements: 0,
      yearsBack: 15,
      social: i % 2 === 0,
    });
  }
  const writing = sink.drain()();

  // ── The population: persons first (guardianships refer to any of them), then their data ──
  const people = makePopulation(opts.persons, clock.today, taken, rnd);
  for (const p of people) emitPerson(ctx, p);
  emitFamilies(ctx, people);
  await writing;
  await sink.drain()();
  // Every person exists now, so batches only depend on themselves: several are written at once
  // (each level by level) while the next one is generated.
  const batch = opts.batchPersons ?? 500;
  const inFlight = new Set<Promise<void>>();
  try {
    for (let i = 0; i < people.length; i += batch) {
      for (const p of people.slice(i, i + batch)) emitPersonData(ctx, p, normalVolume(rnd));
      if (inFlight.size >= (opts.parallelBatches ?? 4)) await Promise.race(inFlight);
      const w: Promise<void> = sink
        .drain()()
        .finally(() => inFlight.delete(w));
      inFlight.add(w);
      log(`scale: ${Math.min(i + batch, people.length)}/${people.length} persons`);
    }
    await Promise.all(inFlight);
  } catch (e) {
    await Promise.allSettled(inFlight); // let the other writers finish before the caller disconnects
    throw e;
  }

  if (opts.heavyJsonPath !== null) writeHeavyJson(opts.heavyJsonPath ?? DEFAULT_HEAVY_JSON, clock.now);
  const counts = Object.fromEntries(sink.counts) as Partial<Record<ScaleTable, number>>;
  const totalRows = Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);
  return { skipped: false, counts, totalRows, ms: Date.now() - started };
}

/** Children get one or two guardians born 18-45 years before them; some elderly give mandates. */
function emitFamilies(ctx: GenContext, people: readonly ScalePerson[]): void {
  const { rnd, clock, sink, ids } = ctx;
  const byYear = new Map<number, ScalePerson[]>();
  for (const p of people) {
    const y = p.birthDate.getUTCFullYear();
    let list = byYear.get(y);
    if (!list) byYear.set(y, (list = []));
    list.push(p);
  }
  const pickBornIn = (fromYear: number, toYear: number): ScalePerson | undefined => {
    for (let attempt = 0; attempt < 8; attempt++) {
      const list = byYear.get(rnd.int(fromYear, toYear));
      if (list?.length) return rnd.pick(list);
    }
    return undefined;
  };
  const adultBefore = addYearsUTC(clock.today, -18);
  for (const p of people) {
    const y = p.birthDate.getUTCFullYear();
    if (p.birthDate > adultBefore) {
      const first = pickBornIn(y - 45, y - 20);
      if (!first) continue;
      sink.add("Guardianship", [ids.id("guardianship"), first.id, p.id, true, p.birthDate, null]);
      const second = rnd.chance(0.85) ? pickBornIn(y - 45, y - 20) : undefined;
      if (second && second.id !== first.id)
        sink.add("Guardianship", [
          ids.id("guardianship"),
          second.id,
          p.id,
          rnd.chance(0.97),
          p.birthDate,
          null,
        ]);
    } else if (clock.today.getUTCFullYear() - y >= 75 && rnd.chance(0.1)) {
      const holder = pickBornIn(y + 20, y + 40);
      if (holder && holder.birthDate <= adultBefore) {
        const health = rnd.chance(0.9);
        sink.add("Mandate", [
          ids.id("mandate"),
          p.id,
          holder.id,
          "ADULT",
          health,
          !health || rnd.chance(0.5),
          clock.date(-rnd.int(30, 1500)),
          null,
        ]);
      }
    }
  }
}

function addYearsUTC(d: Date, years: number): Date {
  return new Date(Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate()));
}

/** The identification page lists these (they are not in personas.ts). */
export function writeHeavyJson(file: string, now: Date): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const persons = HEAVY_PERSONAS.map((p) => ({
    key: p.key,
    id: p.id,
    hetu: p.hetu,
    firstNames: p.firstNames,
    lastName: p.lastName,
    birthDate: ymd(p.birthDate),
    language: p.language,
    shows: p.shows,
  }));
  fs.writeFileSync(file, `${JSON.stringify({ generatedAt: now.toISOString(), persons }, null, 2)}\n`);
}
