// Lab results, imaging, diagnoses, risks, vaccinations, certificates, disclosures and the COVID
// certificate as Aino (V-HEALTH-9, C-6), and the disturbance switch (D-1).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dayKey, helsinkiDate } from "@/domain/dates";
import { defaultListWindow } from "@/domain/visibility";
import { SEED_FACTS } from "@prisma-seed/demo";
import { listLabResults } from "@/server/kanta/patient-data-repository/list-lab-results";
import { getLabHistory } from "@/server/kanta/patient-data-repository/get-lab-history";
import { listImagingStudies } from "@/server/kanta/patient-data-repository/list-imaging-studies";
import { listDiagnoses } from "@/server/kanta/patient-data-repository/list-diagnoses";
import { listRiskInformation } from "@/server/kanta/patient-data-repository/list-risk-information";
import { listVaccinations } from "@/server/kanta/patient-data-repository/list-vaccinations";
import { listCertificates } from "@/server/kanta/patient-data-repository/list-certificates";
import { listHealthDisclosures } from "@/server/kanta/patient-data-repository/list-health-disclosures";
import { listCovidCertificates } from "@/server/kanta/patient-data-repository/list-covid-certificates";
import type { TestDatabase } from "../support/test-database";
import { ALL, seededDatabase, viewerOf } from "./support";

const NOW = new Date();
const f = SEED_FACTS.health.aino;
const aino = viewerOf(NOW, "aino");
let db: TestDatabase;

beforeAll(async () => {
  db = await seededDatabase(NOW);
});
afterAll(() => db?.drop());

describe("lab results", () => {
  it("V-HEALTH-9: a result held back by the doctor is not listed and has no history", async () => {
    const { groups } = await listLabResults(aino, {}, ALL, db.prisma);
    const codes = groups.flatMap((g) => g.results.map((r) => r.testCode));
    expect(codes).not.toContain(f.heldBackTestCode);
    expect(await getLabHistory(aino, f.heldBackTestCode, db.prisma)).toEqual([]);
  });

  it("V-HEALTH-9: results are listed under the date of their service event, not the sampling day", async () => {
    const { groups } = await listLabResults(aino, defaultListWindow(NOW), ALL, db.prisma);
    const recentVisit = await db.prisma.serviceEvent.findFirstOrThrow({
      where: { documents: { some: { title: f.recentVisitTitle } } },
      select: { startAt: true },
    });
    const group = groups.find((g) => g.results.some((r) => r.testCode === f.labSeries.testCode))!;
    expect(dayKey(helsinkiDate(group.listDate))).toBe(dayKey(helsinkiDate(recentVisit.startAt)));
    const hba1c = group.results.find((r) => r.testCode === f.labSeries.testCode)!;
    expect(hba1c.sampledAt.getTime()).toBeLessThan(group.listDate.getTime());
    expect(group.results.map((r) => r.testCode)).toEqual(expect.arrayContaining([...f.otherLabCodes]));
  });

  it("V-HEALTH-9: the 12-month window holds fewer results than the whole history", async () => {
    const recent = await listLabResults(aino, defaultListWindow(NOW), ALL, db.prisma);
    const all = await listLabResults(aino, {}, ALL, db.prisma);
    expect(all.groups.length).toBeGreaterThan(recent.groups.length);
  });

  it("one test's history is in date order with its unit and reference range", async () => {
    const history = await getLabHistory(aino, f.labSeries.testCode, db.prisma);
    expect(history.length).toBeGreaterThanOrEqual(f.labSeries.minValues);
    expect(history.every((p) => p.unit === f.labSeries.unit && p.refHigh === 42)).toBe(true);
    const times = history.map((p) => p.listDate.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(history.some((p) => p.abnormal)).toBe(true);
  });
});

describe("summaries", () => {
  it("diagnoses carry ICD-10 codes, permanent ones first", async () => {
    const { items } = await listDiagnoses(aino, ALL, db.prisma);
    expect(items.map((d) => d.icd10)).toEqual(expect.arrayContaining([...f.diagnosisCodes]));
    const firstNonPermanent = items.findIndex((d) => !d.permanent);
    expect(items.slice(firstNonPermanent).every((d) => !d.permanent)).toBe(true);
    expect(items.find((d) => d.icd10 === "E11.9")?.permanent).toBe(true);
  });

  it("imaging studies come with their statements, older ones by date search (V-HEALTH-9)", async () => {
    const all = await listImagingStudies(aino, {}, ALL, db.prisma);
    expect(all.items.map((s) => s.document.title)).toContain(f.imagingTitle);
    expect(all.items.every((s) => s.statement)).toBe(true);
    const recent = await listImagingStudies(aino, defaultListWindow(NOW), ALL, db.prisma);
    expect(recent.items.map((s) => s.document.title)).not.toContain(f.imagingTitle);
  });

  it("risk information, vaccinations and certificates are all listed", async () => {
    expect((await listRiskInformation(aino, ALL, db.prisma)).items.map((r) => r.document.title)).toContain(
      f.riskTitle,
    );
    expect((await listVaccinations(aino, ALL, db.prisma)).items.map((v) => v.document.title)).toContain(
      f.vaccinationTitle,
    );
    const certificates = (await listCertificates(aino, ALL, db.prisma)).items;
    const b = certificates.find((c) => c.document.title === f.certificateTitle);
    expect(b?.text.length).toBeGreaterThan(20);
  });
});

describe("disclosures and the COVID certificate", () => {
  it("C-6: health-data disclosures name organisations, newest first, filterable by date", async () => {
    const all = await listHealthDisclosures(aino, {}, ALL, db.prisma);
    expect(all.items.map((d) => d.recipient)).toEqual(
      expect.arrayContaining(["HUS-yhtymä", "Kansaneläkelaitos (Kela)"]),
    );
    const times = all.items.map((d) => d.disclosedAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const recent = await listHealthDisclosures(aino, defaultListWindow(NOW), ALL, db.prisma);
    expect(recent.items.length).toBeLessThan(all.items.length);
    expect(recent.items.length).toBeGreaterThan(0);
  });

  it("the COVID certificates carry their UVCI", async () => {
    const rows = await listCovidCertificates(aino, db.prisma);
    expect(rows.map((r) => r.doseNumber)).toEqual([1, 2, 3]);
    expect(rows.every((r) => r.uvci.startsWith("URN:UVCI:"))).toBe(true);
  });
});

