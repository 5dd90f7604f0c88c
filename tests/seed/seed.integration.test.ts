// The demo seed and the scale generator against a throw-away PostgreSQL database and an in-memory
// PGlite: both must hold the same data, and the data must exercise every rule the e2e tests use.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ageAt } from "@/domain/dates";
import { parseHetu } from "@/domain/hetu";
import {
  effectiveRenewalStatus,
  healthDocumentWhere,
  prescriptionDisplayState,
  prescriptionWhere,
  socialDocumentWhere,
  type Viewer,
} from "@/domain/visibility";
import { SocialDocumentType, type Prisma } from "@/generated/prisma/client";
import { buildDemoRows, seedDemo, SEED_FACTS } from "@prisma-seed/demo";
import { countRows, TABLE_ORDER, type SeedTable } from "@prisma-seed/lib/rows";
import { persona, PERSONAS, type PersonaKey } from "@prisma-seed/personas";
import { HEAVY_PERSONAS, seedScale } from "@prisma-seed/scale";
import type { Db } from "@/server/db";
import {
  createTestDatabase,
  createTestPglite,
  type TestDatabase,
  type TestPglite,
} from "../support/test-database";

const NOW = new Date("2026-11-25T10:00:00Z");

async function tableCounts(db: Db): Promise<Record<SeedTable, number>> {
  const out = {} as Record<SeedTable, number>;
  for (const t of TABLE_ORDER) out[t] = await (db[t] as unknown as { count(): Promise<number> }).count();
  return out;
}

const viewer = (role: Viewer["role"], key: PersonaKey): Viewer => ({
  role,
  subject: { id: persona(key).id, birthDate: new Date(`${persona(key).birthDate}T00:00:00Z`) },
  now: NOW,
});

async function visibleHealthTitles(db: Db, v: Viewer): Promise<string[]> {
  const docs = await db.healthDocument.findMany({
    where: healthDocumentWhere(v) as Prisma.HealthDocumentWhereInput,
    select: { title: true },
  });
  return docs.map((d) => d.title);
}

/** V-HEALTH-9 stored: results whose patient or list date differ from their document's and event's. */
async function labResultsOutOfStep(db: Db): Promise<number> {
  const rows = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM "LabResult" l
    JOIN "HealthDocument" d ON d.id = l."documentId"
    LEFT JOIN "ServiceEvent" e ON e.id = d."serviceEventId"
    WHERE l."patientId" <> d."patientId" OR l."listDate" <> COALESCE(e."startAt", l."sampledAt")`;
  return Number(rows[0]!.n);
}

describe("demo seed", () => {
  let pg: TestDatabase;
  let lite: TestPglite;
  const ms: Record<string, number> = {};

  beforeAll(async () => {
    [pg, lite] = await Promise.all([createTestDatabase(), createTestPglite()]);
    const a = await seedDemo(pg.prisma, { now: NOW });
    const b = await seedDemo(lite.prisma, { now: NOW });
    ms.postgres = a.ms;
    ms.pglite = b.ms;
  });
  afterAll(async () => {
    await Promise.all([pg?.drop(), lite?.close()]);
  });

  it("V-HEALTH-9: demo lab results carry their document's patient and their list date", async () => {
    expect(await pg.prisma.labResult.count()).toBeGreaterThan(0);
    expect(await labResultsOutOfStep(pg.prisma)).toBe(0);
    expect(await labResultsOutOfStep(lite.prisma)).toBe(0);
  });

  it("runs in seconds", () => {
    expect(ms.postgres).toBeLessThan(15_000);
    expect(ms.pglite).toBeLessThan(15_000);
  });

  it("stores the same personas in PostgreSQL and PGlite, as personas.ts defines them", async () => {
    const read = (db: Db) =>
      db.person.findMany({
        orderBy: { id: "asc" },
        select: {
          id: true,
          hetu: true,
          firstNames: true,
          lastName: true,
          birthDate: true,
          nonDisclosure: true,
        },
      });
    const [a, b] = await Promise.all([read(pg.prisma), read(lite.prisma)]);
    expect(a).toEqual(b);
    expect(
      a.map((p) => [p.id, p.hetu, p.firstNames, p.lastName, p.birthDate.toISOString().slice(0, 10)]),
    ).toEqual(
      [...PERSONAS]
        .sort((x, y) => x.id.localeCompare(y.id))
        .map((p) => [p.id, p.hetu, p.firstNames, p.lastName, p.birthDate]),
    );
    expect(
      a
        .filter((p) => p.nonDisclosure)
        .map((p) => p.hetu)
        .sort(),
    ).toEqual([persona("sanna").hetu, persona("lumi").hetu].sort());
  });

  it("has the same row count in every table in both, as built", async () => {
    const [a, b] = await Promise.all([tableCounts(pg.prisma), tableCounts(lite.prisma)]);
    expect(a).toEqual(b);
    expect(a).toEqual(countRows(buildDemoRows(NOW)));
  });

  it("stores identical prescriptions, documents and social documents in both", async () => {
    for (const read of [
      (db: Db) => db.prescription.findMany({ orderBy: { id: "asc" } }),
      (db: Db) => db.healthDocument.findMany({ orderBy: { id: "asc" } }),
      (db: Db) => db.socialDocument.findMany({ orderBy: { id: "asc" } }),
      (db: Db) => db.labResult.findMany({ orderBy: { id: "asc" } }),
    ]) {
      const [a, b] = await Promise.all([read(pg.prisma), read(lite.prisma)]);
      expect(a.length).toBeGreaterThan(0);
      expect(a).toEqual(b);
    }
  });

  it("does nothing when persons exist already", async () => {
    const r = await seedDemo(pg.prisma, { now: NOW });
    expect(r.skipped).toBe(true);
    expect(await pg.prisma.person.count()).toBe(PERSONAS.length);
  });

  it("V-SOC-1..4: has a social document of every type", async () => {
    const types = await pg.prisma.socialDocument.findMany({ distinct: ["type"], select: { type: true } });
    expect(types.map((t) => t.type).sort()).toEqual(Object.values(SocialDocumentType).sort());
  });

  it("V-RX-5: has a prescription in every state", async () => {
    const rx = await pg.prisma.prescription.findMany({
      where: { patientId: persona("aino").id },
      include: { dispensings: true, renewalRequests: true },
    });
    const states = rx.map((p) => ({ id: p.id, p, s: prescriptionDisplayState(p, NOW) }));
    const f = SEED_FACTS.prescriptions.aino;
    const state = (id: string) => states.find((x) => x.id === id)!.s;
    expect(state(f.notDispensed.id).dispensing).toBe("not");
    expect(state(f.renewable.id).dispensing).toBe("partly");
    expect(state(f.renewable.id).amountLeft).toBe(1);
    expect(state(f.renewable.id).lastDispensedAt).not.toBeNull();
    expect(state(f.fullyDispensed.id).dispensing).toBe("fully");
    expect(state(f.locked.id).locked?.reason).toBe(f.locked.lockedReason);
    expect(state(f.cancelledCare.id).cancelled?.reason).toBe("CARE");
    expect(state(f.cancelledTechnical.id).cancelled?.reason).toBe("TECHNICAL");
    expect(state(f.cancelledPatientRequest.id).cancelled?.reason).toBe("PATIENT_REQUEST");
    expect(state(f.expired.id).expired).toBe(true);
    expect(state(f.expiringSoon.id).expiringSoon).toBe(true);
    expect(states.filter((x) => x.s.expiringSoon).map((x) => x.id)).toEqual([f.expiringSoon.id]);
    expect(state(f.pendingRenewal.id).renewalPending).toBe(true);
    expect(state(f.lapsedRenewal.id).renewalPending).toBe(false);
    expect(states.find((x) => x.id === f.oneYearCns.id)!.p.validityClass).toBe("ONE_YEAR");
    // 2.5-year visibility (counted from prescribedAt).
    const visible = await pg.prisma.prescription.findMany({
      where: prescriptionWhere(viewer("adult", "aino")) as Prisma.PrescriptionWhereInput,
      select: { id: true },
    });
    expect(visible.map((v) => v.id)).not.toContain(f.olderThanVisibility.id);
    expect(visible.map((v) => v.id)).toContain(f.expired.id);
  });

  it("V-RX-6: renewal requests in every status; exactly one pending, with pendingKey", async () => {
    const reqs = await pg.prisma.renewalRequest.findMany();
    const effective = reqs.map((r) => effectiveRenewalStatus(r, NOW)).sort();
    expect(new Set(effective)).toEqual(new Set(["SENT", "LAPSED", "ACCEPTED", "REJECTED", "RETURNED"]));
    const keyed = reqs.filter((r) => r.pendingKey !== null);
    expect(keyed).toHaveLength(1);
    expect(keyed[0]!.pendingKey).toBe(SEED_FACTS.prescriptions.aino.pendingRenewal.id);
    expect(effectiveRenewalStatus(keyed[0]!, NOW)).toBe("SENT");
    const renewed = await pg.prisma.prescription.findUniqueOrThrow({
      where: { id: SEED_FACTS.prescriptions.aino.renewedPrescription.id },
    });
    expect(renewed.renewalOfId).toBe(SEED_FACTS.prescriptions.aino.acceptedRenewal.id);
  });

  it("recordedAtAge equals the patient's true age when recorded", async () => {
    const docs = await pg.prisma.healthDocument.findMany({
      select: {
        title: true,
        recordedAt: true,
        recordedAtAge: true,
        patient: { select: { birthDate: true } },
      },
    });
    expect(docs.length).toBeGreaterThan(80);
    for (const d of docs) expect(d.recordedAtAge, d.title).toBe(ageAt(d.patient.birthDate, d.recordedAt));
  });

  it("V-HEALTH-1..4, 9: Aino does not see the hidden documents", async () => {
    const h = SEED_FACTS.health.aino;
    const titles = await visibleHealthTitles(pg.prisma, viewer("adult", "aino"));
    for (const t of [
      h.recentVisitTitle,
      h.oldVisitTitle,
      h.versionedTitle,
      h.inpatientSummaryTitle,
      h.inpatientMedicationTitle,
      h.riskTitle,
      h.vaccinationTitle,
      h.certificateTitle,
      h.imagingTitle,
    ]) {
      expect(titles, t).toContain(t);
    }
    for (const t of [
      h.cancelledTitle,
      h.delayedTitle,
      h.otherPersonTitle,
      h.nonJournalFormTitle,
      h.heldBackTitle,
    ])
      expect(titles, t).not.toContain(t);
    const versions = await pg.prisma.healthDocument.findMany({
      where: {
        AND: [
          healthDocumentWhere(viewer("adult", "aino")) as Prisma.HealthDocumentWhereInput,
          { title: h.versionedTitle },
        ],
      },
    });
    expect(versions).toHaveLength(1);
    expect(versions[0]!.text).toContain(h.versionLatestSnippet);
    const inpatient = await pg.prisma.serviceEvent.findUniqueOrThrow({
      where: { id: h.inpatientVisitId },
      include: { documents: true },
    });
    expect(inpatient.kind).toBe("INPATIENT");
    expect(
      inpatient.documents.some(
        (d) => d.type === "JOURNAL_TEXT" && d.text?.includes(h.inpatientHiddenSnippet),
      ),
    ).toBe(true);
    const series = await pg.prisma.labResult.count({
      where: { testCode: h.labSeries.testCode, document: { patientId: persona("aino").id } },
    });
    expect(series).toBeGreaterThanOrEqual(h.labSeries.minValues);
  });

  it("V-HEALTH-5/6/7: both guardians see exactly Ella's under-10 and assessed documents", async () => {
    const e = SEED_FACTS.health.ella;
    for (const g of ["guardian", "informationRight"] as const) {
      const titles = await visibleHealthTitles(pg.prisma, viewer(g, "ella"));
      expect(titles).toContain(e.underTenTitle);
      expect(titles).toContain(e.assessedAllowedTitle);
      for (const t of [e.pre2016Title, e.notAssessedTitle, e.forbiddenTitle, e.systemNotUpdatedTitle])
        expect(titles, t).not.toContain(t);
    }
    const own = await visibleHealthTitles(pg.prisma, viewer("minor", "ella"));
    for (const t of Object.values(e)) expect(own, t).toContain(t);
    const oona = await visibleHealthTitles(pg.prisma, viewer("guardian", "oona"));
    expect(oona).toEqual([SEED_FACTS.health.oona.underTenTitle]);
    const niko = await visibleHealthTitles(pg.prisma, viewer("guardian", "niko"));
    expect(niko).toEqual([SEED_FACTS.health.niko.underTenTitle]);
  });

  it("V-SOC-1..6: Aino sees the shown types only; Ella's guardians do not see the restricted one", async () => {
    const s = SEED_FACTS.social;
    const read = async (v: Viewer) =>
      await pg.prisma.socialDocument.findMany({
        where: socialDocumentWhere(v) as Prisma.SocialDocumentWhereInput,
        select: { title: true, content: true },
      });
    const aino = await read(viewer("adult", "aino"));
    const titles = aino.map((d) => d.title);
    for (const t of Object.values(s.aino.shown)) expect(titles, t).toContain(t);
    for (const t of [
      s.aino.phase1Title,
      s.aino.cancelledTitle,
      s.aino.specialContentTitle,
      s.aino.delayedTitle,
      ...Object.values(s.aino.neverShown),
      ...Object.values(s.aino.notYetShown),
    ]) {
      expect(titles, t).not.toContain(t);
    }
    const plans = aino.filter((d) => d.title === s.aino.shown.clientPlan);
    expect(plans).toHaveLength(1);
    expect(plans[0]!.content).toContain(s.aino.correctedLatestSnippet);
    const guardianView = (await read(viewer("guardian", "ella"))).map((d) => d.title);
    expect(guardianView).toContain(s.ella.childWelfarePlanTitle);
    expect(guardianView).not.toContain(s.ella.restrictedTitle);
    expect(guardianView).not.toContain(s.ella.custodyInvestigationTitle);
    expect((await read(viewer("minor", "ella"))).map((d) => d.title)).toContain(s.ella.restrictedTitle);
    const attachments = await pg.prisma.socialDocument.count({
      where: { isAttachmentOfId: s.ella.custodyInvestigationId },
    });
    expect(attachments).toBe(s.ella.custodyAttachmentTitles.length);
  });

  it("footnote *: Ella has prescription disclosures from before and after she turned 10", async () => {
    const ten = new Date(
      `${Number(persona("ella").birthDate.slice(0, 4)) + 10}${persona("ella").birthDate.slice(4)}T00:00:00Z`,
    );
    const rows = await pg.prisma.prescriptionDisclosure.findMany({
      where: { patientId: persona("ella").id },
    });
    expect(rows.some((r) => r.disclosedAt < ten)).toBe(true);
    expect(rows.some((r) => r.disclosedAt > ten)).toBe(true);
  });

  it("will service: receipts, one active permission per domain, active keys on active prohibitions only", async () => {
    const receipts = await pg.prisma.kantaInfoReceipt.findMany();
    const of = (k: PersonaKey) => receipts.filter((r) => r.personId === persona(k).id).map((r) => r.version);
    expect(of("bengt")).toEqual(["1.0"]);
    expect(of("oona")).toEqual(["2.0"]);
    expect(of("ella")).toEqual(["1.0"]);
    expect(of("eetu")).toEqual([]);
    expect(of("aino")).toEqual(["2.0"]);
    const prohibitions = await pg.prisma.prohibition.findMany({ where: { personId: persona("aino").id } });
    expect(prohibitions).toHaveLength(5);
    for (const p of prohibitions) {
      expect(p.activeKey).toBe(
        p.removedAt ? null : `${p.personId}:${p.domain}:${p.targetKind}:${p.targetRef}`,
      );
    }
    const permissions = await pg.prisma.disclosurePermission.findMany({
      where: { personId: persona("aino").id },
    });
    expect(permissions.map((p) => [p.domain, p.activeKey]).sort()).toEqual([
      ["HEALTH", `${persona("aino").id}:HEALTH`],
      ["SOCIAL", null],
    ]);
  });

  it("every id in SEED_FACTS exists", async () => {
    const rx = Object.values(SEED_FACTS.prescriptions).flatMap((group) =>
      Object.values(group).map((x) => x.id),
    );
    expect(await pg.prisma.prescription.count({ where: { id: { in: rx } } })).toBe(rx.length);
    expect(
      await pg.prisma.renewalRequest.count({
        where: { id: { in: Object.values(SEED_FACTS.renewalRequests) } },
      }),
    ).toBe(5);
    expect(
      await pg.prisma.prohibition.count({
        where: { id: { in: Object.values(SEED_FACTS.willService.ainoProhibitions) } },
      }),
    ).toBe(5);
    expect(
      await pg.prisma.careUnit.count({
        where: { id: { in: Object.values(SEED_FACTS.careUnits).map((u) => u.id) } },
      }),
    ).toBe(Object.keys(SEED_FACTS.careUnits).length);
  });
});

describe("scale generator (small N)", () => {
  const N = 50;
  let pg: TestDatabase;
  let lite: TestPglite;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "mk-scale-"));
    [pg, lite] = await Promise.all([createTestDatabase(), createTestPglite()]);
    await seedScale(pg.prisma, { persons: N, now: NOW, heavyJsonPath: path.join(dir, "heavy.json") });
    await seedScale(lite.prisma, { persons: N, now: NOW, heavyJsonPath: null });
  });
  afterAll(async () => {
    await Promise.all([pg?.drop(), lite?.close(), dir && rm(dir, { recursive: true, force: true })]);
  });

  it("generates N persons plus the heavy personas, with valid unique synthetic hetus", async () => {
    const people = await pg.prisma.person.findMany({ select: { hetu: true, birthDate: true } });
    expect(people).toHaveLength(N + HEAVY_PERSONAS.length);
    const personaHetus = new Set(PERSONAS.map((p) => p.hetu));
    for (const p of people) {
      const h = parseHetu(p.hetu);
      expect(h.ok && h.synthetic, p.hetu).toBe(true);
      if (h.ok) expect(h.birthDate.getTime()).toBe(p.birthDate.getTime());
      expect(personaHetus.has(p.hetu)).toBe(false);
    }
  });

  it("is deterministic: PostgreSQL and PGlite hold the same rows", async () => {
    const read = (db: Db) => db.person.findMany({ orderBy: { id: "asc" } });
    expect(await read(pg.prisma)).toEqual(await read(lite.prisma));
    expect(await tableCounts(pg.prisma)).toEqual(await tableCounts(lite.prisma));
    const docs = (db: Db) => db.healthDocument.findMany({ orderBy: { id: "asc" }, take: 500 });
    expect(await docs(pg.prisma)).toEqual(await docs(lite.prisma));
  });

  it("has the heavy personas: 500 prescriptions and 2 000+ documents, 4 children, 10 principals", async () => {
    const id = (key: string) => HEAVY_PERSONAS.find((p) => p.key === key)!.id;
    expect(await pg.prisma.prescription.count({ where: { patientId: id("heavyAdult") } })).toBe(500);
    expect(
      await pg.prisma.healthDocument.count({ where: { patientId: id("heavyAdult") } }),
    ).toBeGreaterThanOrEqual(2000);
    expect(await pg.prisma.guardianship.count({ where: { guardianId: id("heavyGuardian") } })).toBe(4);
    expect(await pg.prisma.mandate.count({ where: { holderId: id("heavyProxy") } })).toBe(10);
    const json = JSON.parse(await readFile(path.join(dir, "heavy.json"), "utf8")) as {
      persons: { id: string; hetu: string }[];
    };
    expect(json.persons.map((p) => p.hetu)).toEqual(HEAVY_PERSONAS.map((p) => p.hetu));
  });

  it("keeps the data invariants: true ages, at most one pending request per prescription", async () => {
    const docs = await pg.prisma.healthDocument.findMany({
      select: { recordedAt: true, recordedAtAge: true, patient: { select: { birthDate: true } } },
      take: 5000,
    });
    for (const d of docs) expect(d.recordedAtAge).toBe(ageAt(d.patient.birthDate, d.recordedAt));
    const pending = await pg.prisma.renewalRequest.findMany({ where: { pendingKey: { not: null } } });
    for (const r of pending) expect(r.pendingKey).toBe(r.prescriptionId);
  });

  it("V-HEALTH-9: every lab result carries its document's patient and its list date (event start, else sampling)", async () => {
    expect(await pg.prisma.labResult.count()).toBeGreaterThan(0);
    expect(await labResultsOutOfStep(pg.prisma)).toBe(0);
    expect(await labResultsOutOfStep(lite.prisma)).toBe(0);
  });

  it("V-HEALTH-9: the database refuses a lab result whose patient is not its document's", async () => {
    const doc = await pg.prisma.healthDocument.findFirstOrThrow({ select: { id: true, patientId: true } });
    const other = await pg.prisma.person.findFirstOrThrow({
      where: { id: { not: doc.patientId } },
      select: { id: true },
    });
    await expect(
      pg.prisma.labResult.create({
        data: {
          documentId: doc.id,
          patientId: other.id,
          testCode: "x",
          testName: "x",
          sampledAt: NOW,
          listDate: NOW,
        },
      }),
    ).rejects.toThrow();
  });

  it("does nothing on a second run", async () => {
    const r = await seedScale(pg.prisma, { persons: N, now: NOW, heavyJsonPath: null });
    expect(r.skipped).toBe(true);
  });
});
