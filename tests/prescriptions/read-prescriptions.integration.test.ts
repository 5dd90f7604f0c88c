// Reading prescriptions (V-RX-1, V-RX-4, V-RX-5, V-HEALTH-6) through the prescription-centre
// use-cases, as several personas, against the demo seed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_FACTS } from "@prisma-seed/demo";
import type { Viewer } from "@/domain/visibility";
import { getPrescription } from "@/server/kanta/prescription-centre/get-prescription";
import { listPrescriptions, type ListQuery } from "@/server/kanta/prescription-centre/list-prescriptions";
import type { ListFilter } from "@/server/kanta/prescription-centre/status-where";
import type { TestDatabase } from "../support/test-database";
import { allowed, seededDatabase, viewerFor } from "./support";

const rx = SEED_FACTS.prescriptions;
const a = rx.aino;
let db: TestDatabase;

beforeAll(async () => {
  db = await seededDatabase();
});
afterAll(() => db?.drop());

const query = (over: Partial<ListQuery> = {}): ListQuery => ({
  filter: "all",
  sort: "newest",
  page: 1,
  pageSize: 100,
  ...over,
});
async function ids(v: Viewer, over: Partial<ListQuery> = {}) {
  return (await listPrescriptions(db.prisma, v, query(over))).rows.map((r) => r.id);
}
const detail = (v: Viewer, id: string, events = true) => getPrescription(db.prisma, v, id, { events });

describe("Aino, adult, her own prescriptions", () => {
  const aino = viewerFor("aino");

  it("V-RX-5: prescriptions stay visible for 2.5 years, older ones are not listed or opened", async () => {
    const all = await ids(aino);
    expect(all).toContain(a.renewable.id);
    expect(all).toContain(a.expired.id);
    expect(all).not.toContain(a.olderThanVisibility.id);
    expect(await detail(aino, a.olderThanVisibility.id)).toBeNull();
  });

  it("V-RX-5: valid / expired / cancelled filters", async () => {
    const by = async (filter: ListFilter) => new Set(await ids(aino, { filter }));
    const valid = await by("valid");
    const expired = await by("expired");
    const cancelled = await by("cancelled");
    expect([...valid]).toEqual(
      expect.arrayContaining([
        a.notDispensed.id,
        a.renewable.id,
        a.locked.id,
        a.expiringSoon.id,
        a.pendingRenewal.id,
      ]),
    );
    expect([...expired]).toEqual([a.expired.id]);
    expect([...cancelled].sort()).toEqual(
      [a.cancelledCare.id, a.cancelledTechnical.id, a.cancelledPatientRequest.id].sort(),
    );
    for (const id of cancelled) expect(valid.has(id) || expired.has(id)).toBe(false);
    expect(valid.size + expired.size + cancelled.size).toBe((await ids(aino)).length);
  });

  it("V-RX-5: search by drug name ignores case; sorted by date, paginated", async () => {
    const found = await listPrescriptions(db.prisma, aino, query({ q: "metf" }));
    expect(found.rows.map((r) => r.drugName)).toEqual(["Metformin Sandoz"]);
    const page1 = await listPrescriptions(db.prisma, aino, query({ filter: "valid", pageSize: 5 }));
    const page3 = await listPrescriptions(db.prisma, aino, query({ filter: "valid", pageSize: 5, page: 3 }));
    expect(page1.pages).toBe(Math.ceil(page1.total / 5));
    expect(page3.rows.length).toBe(page1.total - 10);
    const dates = page1.rows.map((r) => r.prescribedAt.getTime());
    expect(dates).toEqual([...dates].sort((x, y) => y - x));
    const oldest = await listPrescriptions(
      db.prisma,
      aino,
      query({ filter: "valid", sort: "oldest", pageSize: 1 }),
    );
    expect(oldest.rows[0]!.prescribedAt.getTime()).toBeLessThan(page1.rows[0]!.prescribedAt.getTime());
    const beyond = await listPrescriptions(db.prisma, aino, query({ page: 99, pageSize: 5 }));
    expect(beyond.page).toBe(beyond.pages);
  });

  it("V-RX-5: dispensing state, lock, cancellation reason, expiry highlight and renewal status", async () => {
    const rows = new Map((await listPrescriptions(db.prisma, aino, query())).rows.map((r) => [r.id, r]));
    expect(rows.get(a.notDispensed.id)!.state.dispensing).toBe("not");
    expect(rows.get(a.renewable.id)!.state).toMatchObject({ dispensing: "partly", amountLeft: 1 });
    expect(rows.get(a.fullyDispensed.id)!.state).toMatchObject({ dispensing: "fully", amountLeft: 0 });
    expect(rows.get(a.locked.id)!.state.locked?.reason).toBe(a.locked.lockedReason);
    expect(rows.get(a.cancelledCare.id)!.state.cancelled?.reason).toBe("CARE");
    expect(rows.get(a.cancelledTechnical.id)!.state.cancelled?.reason).toBe("TECHNICAL");
    expect(rows.get(a.cancelledPatientRequest.id)!.state.cancelled?.reason).toBe("PATIENT_REQUEST");
    expect(rows.get(a.expired.id)!.state.expired).toBe(true);
    expect(rows.get(a.expiringSoon.id)!.state.expiringSoon).toBe(true);
    expect(rows.get(a.renewable.id)!.state.expiringSoon).toBe(false);
    expect(rows.get(a.pendingRenewal.id)!.renewal?.status).toBe("SENT");
    expect(rows.get(a.lapsedRenewal.id)!.renewal?.status).toBe("LAPSED");
    expect(rows.get(a.acceptedRenewal.id)!.renewal?.status).toBe("ACCEPTED");
    expect(rows.get(a.rejectedRenewal.id)!.renewal?.status).toBe("REJECTED");
    expect(rows.get(a.returnedRenewal.id)!.renewal?.status).toBe("RETURNED");
    expect(rows.get(a.renewable.id)!.renewal).toBeNull();
  });

  it("V-RX-1, V-RX-4: the detail has the prescription, its renewals, dispensings and disclosures", async () => {
    const d = await detail(aino, a.renewable.id);
    expect(d).toMatchObject({
      drugName: "Metformin Sandoz",
      strength: "500 mg",
      language: "fi",
      unit: { organisation: "Helsingin kaupunki" },
    });
    expect(d!.dispensings).toHaveLength(3);
    expect(d!.state.lastDispensedAt).toEqual(d!.dispensings![0]!.dispensedAt);
    expect(d!.disclosures!.map((x) => x.recipient)).toContain("Kansaneläkelaitos (Kela)");
    const renewed = await detail(aino, a.renewedPrescription.id);
    expect(renewed!.renewalOf?.id).toBe(a.acceptedRenewal.id);
    const rejected = await detail(aino, a.rejectedRenewal.id);
    expect(rejected!.renewals.map((r) => r.status)).toEqual(["REJECTED"]);
    expect(rejected!.renewable).toEqual({ ok: false, reason: "previouslyRejected" });
  });

  it("V-RX-4: without the disclosures feature no events are loaded", async () => {
    const d = await detail(aino, a.renewable.id, false);
    expect(d!.dispensings).toBeNull();
    expect(d!.disclosures).toBeNull();
  });

  it("V-RX-1: another person's prescription is not found by id", async () => {
    expect(await detail(aino, rx.bengt.renewable.id)).toBeNull();
    expect(await detail(aino, "not-a-real-id")).toBeNull();
  });
});

describe("Matti, guardian", () => {
  it("V-HEALTH-6 / V-RX-4: Ella's assessed prescription from 10-17 is shown, its events (after 10) are not", async () => {
    const matti = viewerFor("matti", "ella");
    expect(matti.role).toBe("guardian");
    const seen = await ids(matti);
    expect(seen).toContain(rx.ella.assessedAllowed.id);
    // Written at 9, over 2.5 years ago: past the visibility period (V-RX-5) for everyone.
    expect(seen).not.toContain(rx.ella.beforeTen.id);
    for (const hidden of [
      rx.ella.notAssessed.id,
      rx.ella.assessedForbidden.id,
      rx.ella.systemNotUpdated.id,
    ]) {
      expect(seen).not.toContain(hidden);
      expect(await detail(matti, hidden)).toBeNull();
    }
    const afterTen = await detail(matti, rx.ella.assessedAllowed.id);
    expect(afterTen!.dispensings).toEqual([]);
    expect(afterTen!.disclosures).toEqual([]);
    expect(afterTen!.state.lastDispensedAt).toBeNull();
    // Ella herself sees the dispensing and all her prescriptions.
    const ella = viewerFor("ella");
    expect((await detail(ella, rx.ella.assessedAllowed.id))!.dispensings).toHaveLength(1);
    expect(await ids(ella)).toEqual(
      expect.arrayContaining([rx.ella.notAssessed.id, rx.ella.assessedForbidden.id]),
    );
  });

  it("V-HEALTH-6: Oona's prescription she forbids showing is hidden from her guardian", async () => {
    expect(await ids(viewerFor("matti", "oona"))).not.toContain(rx.oona.forbidden.id);
    expect(await ids(viewerFor("oona"))).toContain(rx.oona.forbidden.id);
  });

  it("V-RX-4: Eetu (under 10) with dispensings; the guardian may renew and print", async () => {
    const matti = viewerFor("matti", "eetu");
    const d = await detail(matti, rx.eetu.renewable.id);
    expect(d!.dispensings).toHaveLength(1);
    expect(allowed("matti", "eetu", "prescriptions.renew")).toBe(true);
    expect(allowed("matti", "eetu", "prescriptions.printSummary")).toBe(true);
  });
});

describe("Riikka, right to information about Eetu (health)", () => {
  const riikka = viewerFor("riikka", "eetu");

  it("V-RX-4: sees Eetu's prescriptions and their events (he is under 10)", async () => {
    expect(riikka.role).toBe("informationRight");
    expect(await ids(riikka)).toContain(rx.eetu.renewable.id);
    expect((await detail(riikka, rx.eetu.renewable.id))!.dispensings).toHaveLength(1);
  });

  it("matrix: may print the list for own use, but not request renewal or print the summary", () => {
    expect(allowed("riikka", "eetu", "prescriptions.view")).toBe(true);
    expect(allowed("riikka", "eetu", "prescriptions.printOwnList")).toBe(true);
    expect(allowed("riikka", "eetu", "prescriptions.renew")).toBe(false);
    expect(allowed("riikka", "eetu", "prescriptions.printSummary")).toBe(false);
  });
});

describe("Mikko, mandate holder for Helmi (health)", () => {
  it("V-RX-4: sees Helmi's prescriptions with dispensings and disclosures, none of his own", async () => {
    const mikko = viewerFor("mikko", "helmi");
    expect(mikko.role).toBe("mandate");
    const seen = await listPrescriptions(db.prisma, mikko, query());
    expect(seen.rows.map((r) => r.drugName)).toEqual(
      expect.arrayContaining(["Marevan", "Bisoprolol Orion", "Furesis"]),
    );
    expect(seen.rows.map((r) => r.drugName)).not.toContain("Atorvastatin Orion");
    const d = await detail(mikko, rx.helmi.renewable.id);
    expect(d!.dispensings).toHaveLength(1);
    expect(d!.disclosures).toHaveLength(1);
    expect(allowed("mikko", "helmi", "prescriptions.renew")).toBe(true);
  });
});
