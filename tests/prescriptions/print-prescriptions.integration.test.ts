// The printable summary and the list for own use (V-RX-3), against the demo seed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_FACTS } from "@prisma-seed/demo";
import { helsinkiDate, helsinkiMidnight, addMonths } from "@/domain/dates";
import type { SummaryFilter } from "@/domain/visibility";
import {
  listOwnUsePrescriptions,
  listSummaryPrescriptions,
} from "@/server/kanta/prescription-centre/list-printable-prescriptions";
import type { TestDatabase } from "../support/test-database";
import { NOW, seededDatabase, viewerFor } from "./support";

const rx = SEED_FACTS.prescriptions;
const a = rx.aino;
let db: TestDatabase;

beforeAll(async () => {
  db = await seededDatabase();
});
afterAll(() => db?.drop());

const summary = async (filter: SummaryFilter) =>
  (await listSummaryPrescriptions(db.prisma, viewerFor("aino"), filter)).map((r) => r.id);

describe("V-RX-3: the prescription summary", () => {
  it("V-RX-3: all = every visible prescription (not those past 2.5 years)", async () => {
    const all = await summary({ kind: "all" });
    expect(all).toEqual(expect.arrayContaining([a.renewable.id, a.expired.id, a.cancelledCare.id]));
    expect(all).not.toContain(a.olderThanVisibility.id);
  });

  it("V-RX-3: renewal requested = a pending request (not lapsed or handled)", async () => {
    expect(await summary({ kind: "renewalRequested" })).toEqual([a.pendingRenewal.id]);
  });

  it("V-RX-3: expiring within two months", async () => {
    expect(await summary({ kind: "expiringSoon" })).toEqual([a.expiringSoon.id]);
  });

  it("V-RX-3: medicine left = something left that can still be collected", async () => {
    const left = await summary({ kind: "medicineLeft" });
    expect(left).toEqual(expect.arrayContaining([a.notDispensed.id, a.renewable.id]));
    for (const id of [a.fullyDispensed.id, a.cancelledCare.id, a.expired.id]) expect(left).not.toContain(id);
  });

  it("V-RX-3: a date range on the date written, both ends included", async () => {
    const from = helsinkiMidnight(addMonths(helsinkiDate(NOW), -6));
    const inRange = await listSummaryPrescriptions(db.prisma, viewerFor("aino"), {
      kind: "dateRange",
      from,
      to: NOW,
    });
    expect(inRange.length).toBeGreaterThan(0);
    for (const r of inRange) expect(r.prescribedAt.getTime()).toBeGreaterThanOrEqual(from.getTime());
    expect(inRange.map((r) => r.id)).toContain(a.notDispensed.id);
    expect(inRange.map((r) => r.id)).not.toContain(a.expired.id);
  });
});

describe("V-RX-3: the list for own use", () => {
  it("V-RX-3: valid prescriptions only, by medicine name, with the dosage instructions", async () => {
    const list = await listOwnUsePrescriptions(db.prisma, viewerFor("aino"));
    const names = list.map((r) => r.drugName);
    expect(names).toEqual([...names].sort((x, y) => x.localeCompare(y)));
    expect(list.map((r) => r.id)).toContain(a.renewable.id);
    for (const id of [a.expired.id, a.cancelledCare.id, a.olderThanVisibility.id])
      expect(list.map((r) => r.id)).not.toContain(id);
    expect(list.find((r) => r.id === a.renewable.id)?.dosageInstructions).toMatch(/tabletti/);
  });

  it("V-RX-3: the information-right holder's list for Eetu holds only Eetu's prescriptions", async () => {
    const list = await listOwnUsePrescriptions(db.prisma, viewerFor("riikka", "eetu"));
    expect(list.map((r) => r.id)).toContain(rx.eetu.renewable.id);
    expect(list.map((r) => r.drugName)).not.toContain("Thyroxin");
  });
});
