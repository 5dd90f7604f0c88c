// What each role sees of someone else's health data (V-HEALTH-5..7, the matrix on disclosures),
// against the demo seed: guardians, an information-right holder and a mandate holder.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/domain/visibility";
import { SEED_FACTS } from "@prisma-seed/demo";
import { listVisits } from "@/server/kanta/patient-data-repository/list-visits";
import { listDiagnoses } from "@/server/kanta/patient-data-repository/list-diagnoses";
import { listVaccinations } from "@/server/kanta/patient-data-repository/list-vaccinations";
import { listHealthDisclosures } from "@/server/kanta/patient-data-repository/list-health-disclosures";
import { listCovidCertificates } from "@/server/kanta/patient-data-repository/list-covid-certificates";
import { getLabHistory } from "@/server/kanta/patient-data-repository/get-lab-history";
import { getVisit } from "@/server/kanta/patient-data-repository/get-visit";
import type { TestDatabase } from "../support/test-database";
import { ALL, seededDatabase, viewerOf } from "./support";

const NOW = new Date();
const h = SEED_FACTS.health;
let db: TestDatabase;

beforeAll(async () => {
  db = await seededDatabase(NOW);
});
afterAll(() => db?.drop());

async function titles(v: Viewer) {
  const page = await listVisits(v, { range: {} }, ALL, db.prisma);
  return page.items.flatMap((visit) => visit.documents.map((d) => d.title));
}

describe("Matti, guardian of Ella (14, capacity assessed)", () => {
  const matti = viewerOf(NOW, "matti", "ella");

  it("resolves as a guardian", () => expect(matti.role).toBe("guardian"));

  it("V-HEALTH-5: data stored before 1 August 2016 is not shown to the guardian", async () => {
    expect(await titles(matti)).not.toContain(h.ella.pre2016Title);
  });

  it("V-HEALTH-6: data recorded under 10 is shown", async () => {
    expect(await titles(matti)).toContain(h.ella.underTenTitle);
  });

  it("V-HEALTH-6: data recorded at 10-17 is shown only when capacity was assessed and not forbidden", async () => {
    const all = await titles(matti);
    expect(all).toContain(h.ella.assessedAllowedTitle);
    expect(all).not.toContain(h.ella.notAssessedTitle);
    expect(all).not.toContain(h.ella.forbiddenTitle);
    expect(all).not.toContain(h.ella.systemNotUpdatedTitle);
  });

  it("V-HEALTH-6: a vaccination recorded at 12 with capacity assessed is shown", async () => {
    const page = await listVaccinations(matti, ALL, db.prisma);
    expect(page.items.map((v) => v.document.title)).toContain("Rokotukset: HPV-rokote");
  });

  it("V-HEALTH-5: a hidden visit is not found by id either", async () => {
    const pre = await db.prisma.healthDocument.findFirstOrThrow({
      where: { title: h.ella.pre2016Title },
      select: { serviceEventId: true },
    });
    expect(await getVisit(matti, pre.serviceEventId!, db.prisma)).toBeNull();
  });

  it("health.disclosures is closed to guardians: no disclosure rows load", async () => {
    expect((await listHealthDisclosures(matti, {}, ALL, db.prisma)).items).toEqual([]);
  });

  it("sees the child's COVID certificates", async () => {
    expect(await listCovidCertificates(matti, db.prisma)).toHaveLength(2);
  });
});

describe("Ella herself (minor) sees what her guardians do not", () => {
  it("V-HEALTH-6: her own unassessed, forbidden and not-updated-system data, and the pre-2016 record", async () => {
    const ella = viewerOf(NOW, "ella");
    expect(ella.role).toBe("minor");
    const all = await titles(ella);
    for (const t of [
      h.ella.pre2016Title,
      h.ella.notAssessedTitle,
      h.ella.forbiddenTitle,
      h.ella.systemNotUpdatedTitle,
    ])
      expect(all).toContain(t);
  });
});

describe("Oona (16) forbids showing her data to guardians", () => {
  const matti = viewerOf(NOW, "matti", "oona");
  const liisa = viewerOf(NOW, "liisa", "oona");

  it("V-HEALTH-6: Matti sees her data from under 10 but nothing she forbade", async () => {
    const all = await titles(matti);
    expect(all).toContain(h.oona.underTenTitle);
    expect(all).not.toContain(h.oona.forbiddenTitle);
    expect(all).not.toContain(h.oona.forbiddenTitle2);
  });

  it("V-HEALTH-7: the prohibition applies to Liisa exactly as to Matti", async () => {
    expect(liisa.role).toBe("guardian");
    expect(await titles(liisa)).toEqual(await titles(matti));
  });
});

describe("Matti, guardian of Niko (12, records from a system not updated)", () => {
  const matti = viewerOf(NOW, "matti", "niko");

  it("V-HEALTH-6: data from a system not updated for the assessment is not shown, the under-10 data is", async () => {
    const all = await titles(matti);
    expect(all).toContain(h.niko.underTenTitle);
    expect(all).not.toContain(h.niko.systemNotUpdatedTitle);
    const diagnoses = await listDiagnoses(matti, ALL, db.prisma);
    expect(diagnoses.items.map((d) => d.icd10)).not.toContain("F90.0");
  });
});

describe("Riikka, right to information about Eetu (health)", () => {
  const riikka = viewerOf(NOW, "riikka", "eetu");

  it("sees what a guardian sees of a child under 10", async () => {
    expect(riikka.role).toBe("informationRight");
    const all = await titles(riikka);
    expect(all).toContain(h.eetu.recentVisitTitle);
    expect(all).toEqual(await titles(viewerOf(NOW, "matti", "eetu")));
    const diagnoses = await listDiagnoses(riikka, ALL, db.prisma);
    expect(diagnoses.items.map((d) => d.icd10)).toContain("J45.9");
  });

  it("health.disclosures is closed to information-right holders", async () => {
    expect((await listHealthDisclosures(riikka, {}, ALL, db.prisma)).items).toEqual([]);
  });
});

describe("Mikko, mandate holder for Helmi (health)", () => {
  const mikko = viewerOf(NOW, "mikko", "helmi");

  it("sees what Helmi sees: her visits and her INR history", async () => {
    expect(mikko.role).toBe("mandate");
    expect(await titles(mikko)).toEqual(await titles(viewerOf(NOW, "helmi")));
    expect(await titles(mikko)).toContain(h.helmi.recentVisitTitle);
    const inr = await getLabHistory(mikko, "4520 P -INR", db.prisma);
    expect(inr.map((p) => p.value)).toEqual([2.4, 3.4, 2.6, 1.8, 2.3]);
  });

  it("sees nothing of Aino's", async () => {
    const ainoVisit = await db.prisma.serviceEvent.findFirstOrThrow({
      where: { id: h.aino.inpatientVisitId },
      select: { id: true },
    });
    expect(await getVisit(mikko, ainoVisit.id, db.prisma)).toBeNull();
  });
});
