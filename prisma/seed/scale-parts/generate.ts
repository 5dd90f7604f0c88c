// Per-person data of the scale generator: visits with journal text, diagnoses and lab panels,
// prescriptions with dispensings, disclosures and renewal requests, measurements, social data.
// Volumes are parameters so that the heavy personas reuse the same code.
import { labResultListDate } from "../../../src/domain/visibility/health";
import { addDays, addYears, ageAt, atTime, type SeedClock } from "../lib/dates";
import type { IdSequence } from "../lib/ids";
import type { Prng } from "../lib/prng";
import {
  CHILD_VISIT_REASONS,
  DRUGS,
  LAB_PANELS,
  PHARMACY_NAMES,
  PROFESSIONALS,
  VISIT_REASONS,
  type Drug,
} from "./catalog";
import type { ScalePerson } from "./people";
import type { SqlSink } from "./sql-sink";

export type Volume = {
  visits: number;
  prescriptions: number;
  measurements: number;
  yearsBack: number;
  social?: boolean;
};

export type GenContext = {
  sink: SqlSink;
  clock: SeedClock;
  ids: IdSequence;
  rnd: Prng;
  unitIds: readonly string[];
  organisations: readonly string[];
};

const DAY = 86_400_000;
const CHILD_DRUGS = DRUGS.filter((d) =>
  ["Burana", "Amoxin", "Cetirizin ratiopharm", "Ventoline Evohaler"].includes(d.name),
);

/** A day between `from` and `to` (both inclusive) at a daytime hour (06-15 UTC). */
function dayBetween(ctx: GenContext, from: Date, to: Date): Date {
  const days = Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY));
  return atTime(addDays(from, ctx.rnd.int(0, days)), ctx.rnd.int(6, 14), ctx.rnd.int(0, 59));
}

function round(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}

/** The V-HEALTH-6 flags for something recorded at `age`. */
function minorFlags(ctx: GenContext, age: number): [boolean, boolean, boolean] {
  if (age < 10 || age > 17) return [false, false, true];
  const assessed = ctx.rnd.chance(0.6);
  return [assessed, assessed && ctx.rnd.chance(0.2), ctx.rnd.chance(0.9)];
}

export function emitPerson(ctx: GenContext, p: ScalePerson): void {
  ctx.sink.add("Person", [
    p.id,
    p.hetu,
    p.firstNames,
    p.lastName,
    p.birthDate,
    p.language,
    false,
    p.municipality,
    ctx.clock.now,
  ]);
}

export function emitPersonData(ctx: GenContext, p: ScalePerson, vol: Volume): void {
  const { sink, clock, rnd } = ctx;
  const yesterday = addDays(clock.today, -1);
  const from = new Date(
    Math.max(p.birthDate.getTime() + DAY, addYears(clock.today, -vol.yearsBack).getTime()),
  );
  if (from > yesterday) return;
  const ageNow = ageAt(p.birthDate, clock.today);

  // ── Visits and documents ──
  for (let v = 0; v < vol.visits; v++) {
    const at = dayBetween(ctx, from, yesterday);
    const age = ageAt(p.birthDate, at);
    const reason = rnd.pick(age < 16 ? CHILD_VISIT_REASONS : VISIT_REASONS);
    const inpatient = age >= 18 && rnd.chance(0.04);
    const visitId = ctx.ids.id("serviceEvent");
    const unit = rnd.pick(ctx.unitIds);
    const pro = rnd.pick(PROFESSIONALS);
    const endAt = inpatient ? addDays(at, rnd.int(1, 6)) : new Date(at.getTime() + 30 * 60_000);
    sink.add("ServiceEvent", [
      visitId,
      p.id,
      inpatient ? "INPATIENT" : "OUTPATIENT",
      unit,
      pro,
      at,
      endAt,
      p.language,
    ]);
    const [assessed, forbids, updated] = minorFlags(ctx, age);
    const doc = (type: string, title: string, text: string | null, recordedAt: Date) => {
      const id = ctx.ids.id("healthDocument");
      sink.add("HealthDocument", [
        id,
        p.id,
        visitId,
        type,
        title,
        text,
        p.language,
        id,
        recordedAt,
        new Date(recordedAt.getTime() + 7_200_000),
        ageAt(p.birthDate, recordedAt),
        assessed,
        forbids,
        updated,
        pro,
      ]);
      return id;
    };
    if (inpatient) {
      doc("JOURNAL_TEXT", `Osastohoito: ${reason.title}`, `Osastohoitojakson merkintä. ${reason.text}`, at);
      doc(
        "INPATIENT_SUMMARY",
        "Loppulausunto osastohoitojaksosta",
        `Hoitojakso ${reason.dx.toLowerCase()} vuoksi. Kotiutuu hyväkuntoisena.`,
        endAt,
      );
    } else {
      doc("JOURNAL_TEXT", reason.title, reason.text, at);
    }
    if (rnd.chance(0.3)) {
      const dxDoc = doc("DIAGNOSES", `Diagnoosi: ${reason.dx}`, null, at);
      sink.add("Diagnosis", [
        ctx.ids.id("diagnosis"),
        dxDoc,
        reason.icd10,
        reason.dx,
        true,
        reason.icd10 === "I10" || reason.icd10 === "E11.9",
      ]);
    }
    const panel = reason.labs ?? (rnd.chance(0.25) ? "basic" : undefined);
    if (panel) {
      const weekBefore = new Date(at.getTime() - 7 * DAY);
      const sampledAt = weekBefore < from ? at : weekBefore;
      const labDoc = doc("LAB_RESULTS", "Laboratoriotulokset", null, sampledAt);
      for (const t of LAB_PANELS[panel]) {
        const value = round(Math.max(0, rnd.around(t.mean, t.spread)), t.decimals);
        const abnormal = (t.low !== null && value < t.low) || (t.high !== null && value > t.high);
        sink.add("LabResult", [
          ctx.ids.id("labResult"),
          labDoc,
          p.id,
          labResultListDate({ sampledAt }, { startAt: at }), // the document belongs to this visit
          t.code,
          t.name,
          value,
          t.unit,
          t.low,
          t.high,
          abnormal,
          sampledAt,
        ]);
      }
    }
  }

  // ── Prescriptions ──
  const recentFrom = new Date(Math.max(from.getTime(), addYears(clock.today, -2.5).getTime()));
  for (let r = 0; r < vol.prescriptions; r++) {
    const at = dayBetween(ctx, rnd.chance(0.5) ? recentFrom : from, yesterday);
    const age = ageAt(p.birthDate, at);
    const drug: Drug = rnd.pick(age < 16 ? CHILD_DRUGS : DRUGS);
    const rxId = ctx.ids.id("prescription");
    const validUntil = addYears(at, drug.oneYear ? 1 : 2);
    const expired = validUntil < clock.now;
    const cancelled = !expired && rnd.chance(0.05);
    const packages = rnd.int(1, 4);
    const dispensings: Date[] = [];
    const last = expired ? validUntil : clock.now;
    const dispensed = cancelled ? 0 : rnd.int(0, packages);
    for (let d = 0; d < dispensed; d++)
      dispensings.push(dayBetween(ctx, at, new Date(Math.min(last.getTime(), yesterday.getTime()))));
    const [assessed, forbids, updated] = minorFlags(ctx, age);
    sink.add("Prescription", [
      rxId,
      p.id,
      drug.name,
      drug.strength,
      drug.form,
      drug.atc,
      drug.pkg,
      `${packages} x ${drug.pkg}`,
      packages,
      packages - dispensed,
      drug.dosage,
      drug.reason,
      p.language,
      at,
      validUntil,
      drug.oneYear ? "ONE_YEAR" : "TWO_YEARS",
      rnd.pick(PROFESSIONALS),
      rnd.pick(ctx.unitIds),
      cancelled ? "CANCELLED" : expired ? "EXPIRED" : "VALID",
      cancelled ? rnd.pick(["CARE", "TECHNICAL", "PATIENT_REQUEST"]) : null,
      cancelled ? addDays(at, 1) : null,
      assessed,
      forbids,
      updated,
    ]);
    for (const d of dispensings) {
      const pharmacy = rnd.pick(PHARMACY_NAMES);
      sink.add("Dispensing", [
        ctx.ids.id("dispensing"),
        rxId,
        pharmacy,
        d,
        1,
        `${drug.name} ${drug.strength} ${drug.pkg}`,
      ]);
      sink.add("PrescriptionDisclosure", [
        ctx.ids.id("prescriptionDisclosure"),
        p.id,
        rxId,
        pharmacy,
        new Date(d.getTime() - 300_000),
        `Reseptin tiedot toimitusta varten: ${drug.name}`,
      ]);
    }
    if (!expired && !cancelled && dispensed > 0 && rnd.chance(0.1)) {
      const status = rnd.pick(["SENT", "SENT", "ACCEPTED", "REJECTED", "RETURNED"] as const);
      const pending = status === "SENT" && rnd.chance(0.5);
      const sentAt = pending ? clock.daysAgo(rnd.int(1, 6), 9) : clock.daysAgo(rnd.int(10, 60), 9);
      const handledAt = status === "SENT" ? null : addDays(sentAt, 1);
      sink.add("RenewalRequest", [
        ctx.ids.id("renewalRequest"),
        rxId,
        p.id,
        rnd.pick(ctx.unitIds),
        status,
        sentAt,
        handledAt,
        pending ? rxId : null,
      ]);
    }
  }

  // ── Own measurements ──
  for (let m = 0; m < vol.measurements; m++) {
    const at = dayBetween(
      ctx,
      new Date(Math.max(from.getTime(), addYears(clock.today, -3).getTime())),
      yesterday,
    );
    const kind = rnd.pick([
      "WEIGHT",
      "BLOOD_PRESSURE",
      "BLOOD_PRESSURE",
      "PULSE",
      "BLOOD_SUGAR",
      "HEIGHT",
    ] as const);
    const [value, value2] =
      kind === "WEIGHT"
        ? [round(rnd.around(78, 15), 1), null]
        : kind === "BLOOD_PRESSURE"
          ? [Math.round(rnd.around(135, 15)), Math.round(rnd.around(84, 8))]
          : kind === "PULSE"
            ? [Math.round(rnd.around(70, 10)), null]
            : kind === "BLOOD_SUGAR"
              ? [round(rnd.around(6.5, 1.5), 1), null]
              : [Math.round(rnd.around(172, 9)), null];
    sink.add("Measurement", [ctx.ids.id("measurement"), p.id, kind, value, value2, at, at]);
  }

  // ── Social welfare ──
  if (vol.social) {
    const task =
      ageNow >= 75
        ? "ELDERLY"
        : ageNow < 18
          ? rnd.pick(["FAMILIES_WITH_CHILDREN", "CHILD_WELFARE"] as const)
          : rnd.pick(["WORKING_AGE", "DISABILITY", "SUBSTANCE_ABUSE"] as const);
    const organisation = rnd.pick(ctx.organisations);
    const relId = ctx.ids.id("socialRelationship");
    const start = atTime(dayBetween(ctx, from, yesterday), 0);
    sink.add("SocialClientRelationship", [
      relId,
      p.id,
      task,
      organisation,
      start,
      rnd.pick(["Päivi Laine", "Heidi Saarinen", "Tero Kallio"]),
      "sosiaalityöntekijä",
    ]);
    const docs = [
      [
        "SERVICE_NEED_ASSESSMENT",
        "Palvelutarpeen arviointi",
        "Asiakkaan palvelutarve arvioitu yhdessä asiakkaan kanssa.",
      ],
      [
        "DECISION",
        "Päätös palvelun myöntämisestä",
        "Myönnetään haettu palvelu. Muutoksenhaku: oikaisuvaatimus 30 päivän kuluessa.",
      ],
      ["CLIENT_PLAN", "Asiakassuunnitelma", "Tavoitteet ja palvelut sovittu asiakkaan kanssa."],
    ] as const;
    for (const [type, title, content] of docs) {
      const id = ctx.ids.id("socialDocument");
      sink.add("SocialDocument", [
        id,
        p.id,
        relId,
        task,
        type,
        title,
        content,
        p.language,
        organisation,
        dayBetween(ctx, start, yesterday),
        id,
      ]);
    }
  }

  // ── Kanta information ──
  if (ageNow >= 18 && rnd.chance(0.9)) {
    sink.add("KantaInfoReceipt", [
      ctx.ids.id("kantaInfoReceipt"),
      p.id,
      rnd.chance(0.85) ? "2.0" : "1.0",
      dayBetween(ctx, from, yesterday),
      true,
    ]);
  }
}
