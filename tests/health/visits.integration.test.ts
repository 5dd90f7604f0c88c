// The timeline and the visit view (V-HEALTH-1..4, 9) for an adult, against the demo seed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultListWindow } from "@/domain/visibility";
import { SEED_FACTS } from "@prisma-seed/demo";
import { listVisits } from "@/server/kanta/patient-data-repository/list-visits";
import { listVisitFilterOptions } from "@/server/kanta/patient-data-repository/list-visit-filter-options";
import { getVisit } from "@/server/kanta/patient-data-repository/get-visit";
import type { TestDatabase } from "../support/test-database";
import { ALL, seededDatabase, viewerOf } from "./support";

const NOW = new Date();
const f = SEED_FACTS.health.aino;
const aino = viewerOf(NOW, "aino");
let db: TestDatabase;
let queries = 0;

beforeAll(async () => {
  db = await seededDatabase(NOW, { onQuery: () => void queries++ });
});
afterAll(() => db?.drop());

async function titles(range: { from?: Date; to?: Date } = {}) {
  const page = await listVisits(aino, { range }, ALL, db.prisma);
  return page.items.flatMap((v) => v.documents.map((d) => d.title));
}

describe("the timeline as Aino (adult)", () => {
  it("V-HEALTH-9: shows the last 12 months by default and older visits with a date search", async () => {
    const recent = await titles(defaultListWindow(NOW));
    expect(recent).toContain(f.recentVisitTitle);
    expect(recent).not.toContain(f.oldVisitTitle);
    expect(await titles()).toContain(f.oldVisitTitle);
  });

  it("V-HEALTH-1: only the latest version is listed, and nothing when the latest is cancelled", async () => {
    const all = await titles();
    expect(all.filter((t) => t === f.versionedTitle)).toHaveLength(1);
    expect(all).not.toContain(f.cancelledTitle);
  });

  it("V-HEALTH-2: delayed documents and documents with another person's data are not listed", async () => {
    const all = await titles();
    expect(all).not.toContain(f.delayedTitle);
    expect(all).not.toContain(f.otherPersonTitle);
  });

  it("V-HEALTH-4: text that is not in journal form is not listed", async () => {
    expect(await titles()).not.toContain(f.nonJournalFormTitle);
  });

  it("V-HEALTH-3: an inpatient episode lists only its summary and medication", async () => {
    const all = await titles();
    expect(all).toContain(f.inpatientSummaryTitle);
    expect(all).toContain(f.inpatientMedicationTitle);
    expect(all).not.toContain(f.inpatientHiddenTitle);
  });

  it("a visit whose every document is hidden is not listed at all", async () => {
    const page = await listVisits(aino, { range: {} }, ALL, db.prisma);
    expect(page.items.every((v) => v.documents.length > 0)).toBe(true);
  });

  it("filters by kind and organisation, and offers only what has visible visits", async () => {
    const inpatient = await listVisits(aino, { range: {}, kind: "INPATIENT" }, ALL, db.prisma);
    expect(inpatient.items.map((v) => v.kind)).toEqual(["INPATIENT", "INPATIENT"]);
    const mehilainen = await listVisits(aino, { range: {}, organisation: "Mehiläinen Oy" }, ALL, db.prisma);
    expect(mehilainen.items.length).toBeGreaterThan(0);
    expect(mehilainen.items.every((v) => v.unit.organisation === "Mehiläinen Oy")).toBe(true);
    const options = await listVisitFilterOptions(aino, db.prisma);
    expect(options.organisations).toEqual(
      expect.arrayContaining(["HUS-yhtymä", "Helsingin kaupunki", "Mehiläinen Oy"]),
    );
    expect(options.years[0]).toBeGreaterThan(options.years[options.years.length - 1]!);
  });

  it("pages with a constant number of queries, whatever the number of rows", async () => {
    queries = 0;
    await listVisits(aino, { range: defaultListWindow(NOW) }, { page: 1, size: 5 }, db.prisma);
    const few = queries;
    queries = 0;
    const all = await listVisits(aino, { range: {} }, ALL, db.prisma);
    expect(all.items.length).toBeGreaterThan(15);
    expect(queries).toBe(few);
    const second = await listVisits(aino, { range: {} }, { page: 2, size: 5 }, db.prisma);
    expect(second.page).toBe(2);
    expect(second.items[0]!.id).toBe(all.items[5]!.id);
  });
});

describe("one visit as Aino", () => {
  it("V-HEALTH-3: an inpatient episode shows medication and summaries, never the daily notes", async () => {
    const visit = await getVisit(aino, f.inpatientVisitId, db.prisma);
    expect(visit?.kind).toBe("INPATIENT");
    const docs = visit!.documents;
    expect(docs.map((d) => d.type).sort()).toEqual(["INPATIENT_SUMMARY", "MEDICATION"]);
    expect(docs.map((d) => d.title)).not.toContain(f.inpatientHiddenTitle);
    expect(docs.some((d) => d.text?.includes(f.inpatientHiddenSnippet))).toBe(false);
  });

  it("V-HEALTH-1: the corrected visit shows the latest text only", async () => {
    const doc = await db.prisma.healthDocument.findUniqueOrThrow({
      where: { id: f.versionedDoc.latestId },
      select: { serviceEventId: true },
    });
    const visit = await getVisit(aino, doc.serviceEventId!, db.prisma);
    const texts = visit!.documents.map((d) => d.text ?? "").join("\n");
    expect(texts).toContain(f.versionLatestSnippet);
    expect(texts).not.toContain(f.versionOldSnippet);
  });

  it("S-7: every document carries the language it was recorded in", async () => {
    const visit = await getVisit(aino, f.inpatientVisitId, db.prisma);
    expect(visit!.documents.every((d) => d.language === "fi")).toBe(true);
  });

  it("V-HEALTH-2: a visit with only hidden documents, or another person's visit, is not found", async () => {
    const delayed = await db.prisma.healthDocument.findFirstOrThrow({
      where: { title: f.delayedTitle },
      select: { serviceEventId: true },
    });
    expect(await getVisit(aino, delayed.serviceEventId!, db.prisma)).toBeNull();
    const cancelled = await db.prisma.healthDocument.findFirstOrThrow({
      where: { title: f.cancelledTitle },
      select: { serviceEventId: true },
    });
    expect(await getVisit(aino, cancelled.serviceEventId!, db.prisma)).toBeNull();
    const someoneElse = await db.prisma.serviceEvent.findFirstOrThrow({
      where: { patientId: { not: aino.subject.id } },
      select: { id: true },
    });
    expect(await getVisit(aino, someoneElse.id, db.prisma)).toBeNull();
    expect(await getVisit(aino, "no-such-visit", db.prisma)).toBeNull();
  });
});
