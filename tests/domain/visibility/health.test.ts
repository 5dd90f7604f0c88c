import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  GUARDIAN_DATA_FROM,
  dateRangeWhere,
  defaultListWindow,
  healthDocumentWhere,
  hiddenFromGuardiansWhere,
  isHealthDocumentVisible,
  isHiddenFromGuardians,
  isVisitDocumentVisible,
  labResultListDate,
  visitDocumentWhere,
  type HealthDocumentRow,
  type Viewer,
} from "@/domain/visibility";
import { matchesWhere } from "../support/match-where";
import { assertAgree, dateNear, idArb, subjectIdArb, viewer } from "../support/arbitraries";

const TYPES = [
  "JOURNAL_TEXT",
  "INPATIENT_SUMMARY",
  "MEDICATION",
  "LAB_RESULTS",
  "IMAGING",
  "DIAGNOSES",
  "RISK_INFORMATION",
  "VACCINATION",
  "CERTIFICATE",
] as const;

const docArb = (v: Viewer): fc.Arbitrary<HealthDocumentRow> =>
  fc.record({
    id: idArb,
    patientId: subjectIdArb,
    type: fc.constantFrom(...TYPES),
    journalForm: fc.boolean(),
    isLatest: fc.boolean(),
    cancelled: fc.boolean(),
    delayedDisplayUntil: fc.option(dateNear([v.now]), { nil: null }),
    containsOtherPersonData: fc.boolean(),
    storedAt: dateNear([GUARDIAN_DATA_FROM, v.now]),
    recordedAtAge: fc.integer({ min: 0, max: 25 }),
    decisionCapacityAssessed: fc.boolean(),
    minorForbidsGuardians: fc.boolean(),
    systemUpdatedForAssessment: fc.boolean(),
    heldBackUntilReleased: fc.boolean(),
  });

const base: HealthDocumentRow = {
  id: "r1",
  patientId: "s1",
  type: "JOURNAL_TEXT",
  journalForm: true,
  isLatest: true,
  cancelled: false,
  delayedDisplayUntil: null,
  containsOtherPersonData: false,
  storedAt: new Date("2024-01-01T10:00:00Z"),
  recordedAtAge: 5,
  decisionCapacityAssessed: false,
  minorForbidsGuardians: false,
  systemUpdatedForAssessment: true,
  heldBackUntilReleased: false,
};
const NOW = "2026-11-25T10:00:00.000Z";
const owner = viewer("minor", "2012-08-20", NOW);
const guardian = viewer("guardian", "2012-08-20", NOW);
const infoRight = viewer("informationRight", "2012-08-20", NOW);
const proxy = viewer("mandate", "1950-01-01", NOW);
const sees = (v: Viewer, over: Partial<HealthDocumentRow>) => {
  const row = { ...base, ...over };
  const a = isHealthDocumentVisible(v, row);
  expect(matchesWhere(row, healthDocumentWhere(v))).toBe(a);
  return a;
};

describe("health documents: where and predicate agree", () => {
  it("healthDocumentWhere ≡ isHealthDocumentVisible (property, all roles incl. forged)", () => {
    assertAgree(docArb, healthDocumentWhere, isHealthDocumentVisible);
  });
  it("visitDocumentWhere ≡ isVisitDocumentVisible for both kinds of event", () => {
    for (const kind of ["OUTPATIENT", "INPATIENT"] as const) {
      assertAgree(
        docArb,
        (v) => visitDocumentWhere(v, kind),
        (v, d) => isVisitDocumentVisible(v, kind, d),
        1500,
      );
    }
  });
  it("hiddenFromGuardiansWhere ≡ isHiddenFromGuardians", () => {
    assertAgree(docArb, hiddenFromGuardiansWhere, isHiddenFromGuardians);
  });
});

describe("health document rules", () => {
  it("V-HEALTH-1: only the latest version, and nothing if it is cancelled", () => {
    for (const v of [owner, guardian, proxy]) {
      expect(sees(v, {})).toBe(true);
      expect(sees(v, { isLatest: false })).toBe(false);
      expect(sees(v, { cancelled: true })).toBe(false);
    }
  });
  it("V-HEALTH-2: delayed display until the delay ends; never with another person's data", () => {
    expect(sees(owner, { delayedDisplayUntil: new Date("2026-11-25T10:00:00.001Z") })).toBe(false);
    expect(sees(owner, { delayedDisplayUntil: new Date(NOW) })).toBe(true);
    expect(sees(owner, { containsOtherPersonData: true })).toBe(false);
    expect(sees(proxy, { containsOtherPersonData: true })).toBe(false);
  });
  it("V-HEALTH-3: an inpatient episode shows only medication and summaries; an outpatient visit everything", () => {
    for (const type of TYPES) {
      const row = { ...base, type };
      expect(isVisitDocumentVisible(owner, "OUTPATIENT", row)).toBe(true);
      expect(isVisitDocumentVisible(owner, "INPATIENT", row)).toBe(
        type === "MEDICATION" || type === "INPATIENT_SUMMARY",
      );
      expect(matchesWhere(row, visitDocumentWhere(owner, "INPATIENT"))).toBe(
        isVisitDocumentVisible(owner, "INPATIENT", row),
      );
    }
  });
  it("V-HEALTH-4: visit text is shown only in journal form", () => {
    expect(sees(owner, { type: "JOURNAL_TEXT", journalForm: false })).toBe(false);
    expect(sees(owner, { type: "LAB_RESULTS", journalForm: false })).toBe(true);
  });
  it("V-HEALTH-5: guardians see data stored from 1 August 2016 (Helsinki) on; the owner sees older too", () => {
    expect(GUARDIAN_DATA_FROM.toISOString()).toBe("2016-07-31T21:00:00.000Z");
    expect(sees(guardian, { storedAt: new Date("2016-07-31T20:59:59.999Z") })).toBe(false);
    expect(sees(guardian, { storedAt: new Date("2016-07-31T21:00:00.000Z") })).toBe(true);
    expect(sees(infoRight, { storedAt: new Date("2016-07-31T20:59:59.999Z") })).toBe(false);
    expect(sees(owner, { storedAt: new Date("2010-01-01T00:00:00Z") })).toBe(true);
  });
  it("V-HEALTH-6: under 10 shown; 10-17 only if assessed, not forbidden and from an updated system", () => {
    const ok = {
      decisionCapacityAssessed: true,
      minorForbidsGuardians: false,
      systemUpdatedForAssessment: true,
    };
    for (const v of [guardian, infoRight]) {
      expect(sees(v, { recordedAtAge: 9 })).toBe(true);
      expect(sees(v, { recordedAtAge: 10 })).toBe(false);
      expect(sees(v, { recordedAtAge: 10, ...ok })).toBe(true);
      expect(sees(v, { recordedAtAge: 17, ...ok })).toBe(true);
      expect(sees(v, { recordedAtAge: 14, ...ok, minorForbidsGuardians: true })).toBe(false);
      expect(sees(v, { recordedAtAge: 14, ...ok, systemUpdatedForAssessment: false })).toBe(false);
      expect(sees(v, { recordedAtAge: 14, ...ok, decisionCapacityAssessed: false })).toBe(false);
      expect(sees(v, { recordedAtAge: 18, ...ok })).toBe(false);
    }
    expect(sees(owner, { recordedAtAge: 14, minorForbidsGuardians: true })).toBe(true);
    expect(sees(proxy, { recordedAtAge: 40 })).toBe(true);
  });
  it("V-HEALTH-6: the minor's limited view lists exactly what guardians do not see", () => {
    const forbidden = {
      ...base,
      recordedAtAge: 16,
      decisionCapacityAssessed: true,
      minorForbidsGuardians: true,
    };
    expect(isHiddenFromGuardians(owner, forbidden)).toBe(true);
    expect(isHiddenFromGuardians(owner, base)).toBe(false);
    expect(matchesWhere(forbidden, hiddenFromGuardiansWhere(guardian))).toBe(false); // only for the minor
  });
  it("V-HEALTH-7: the filter cannot name a guardian: two guardians of a child get identical filters", () => {
    const matti = { ...guardian, actorId: "matti" } as Viewer;
    const liisa = { ...guardian, actorId: "liisa" } as Viewer;
    expect(healthDocumentWhere(matti)).toEqual(healthDocumentWhere(liisa));
    expect(healthDocumentWhere(guardian)).toEqual(healthDocumentWhere(infoRight));
  });
  it("V-HEALTH-9: results held back by a doctor are not shown until released", () => {
    for (const v of [owner, guardian, proxy]) expect(sees(v, { heldBackUntilReleased: true })).toBe(false);
  });
  it("V-HEALTH-9: lists default to the last 12 months; labs list under their service event's date", () => {
    const w = defaultListWindow(new Date(NOW));
    expect(w.from.toISOString()).toBe("2025-11-24T22:00:00.000Z");
    expect(w.to.toISOString()).toBe(NOW);
    const range = dateRangeWhere("recordedAt", w);
    expect(matchesWhere({ recordedAt: new Date("2025-11-24T22:00:00Z") }, range)).toBe(true);
    expect(matchesWhere({ recordedAt: new Date("2025-11-24T21:59:59Z") }, range)).toBe(false);
    expect(dateRangeWhere("recordedAt", {})).toEqual({});
    const event = { startAt: new Date("2026-01-01T08:00:00Z") };
    expect(labResultListDate({ sampledAt: new Date("2026-01-03T08:00:00Z") }, event)).toBe(event.startAt);
    expect(labResultListDate({ sampledAt: new Date("2026-01-03T08:00:00Z") }, null).toISOString()).toBe(
      "2026-01-03T08:00:00.000Z",
    );
  });
  it("deny by default: a forged role sees no document", () => {
    expect(sees({ ...owner, role: "admin" as Viewer["role"] }, {})).toBe(false);
  });
});
