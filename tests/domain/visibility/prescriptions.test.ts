import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ageBands,
  isPrescriptionVisible,
  prescriptionWhere,
  prescriptionsVisibleSince,
  type PrescriptionRow,
  type Viewer,
} from "@/domain/visibility";
import { matchesWhere } from "../support/match-where";
import { assertAgree, dateNear, idArb, subjectIdArb, viewer } from "../support/arbitraries";

const rowArb = (v: Viewer): fc.Arbitrary<PrescriptionRow> => {
  const { ten, adult } = ageBands(v.subject.birthDate);
  return fc.record({
    id: idArb,
    patientId: subjectIdArb,
    prescribedAt: dateNear([prescriptionsVisibleSince(v.now), ten, adult, v.now]),
    decisionCapacityAssessed: fc.boolean(),
    minorForbidsGuardians: fc.boolean(),
    systemUpdatedForAssessment: fc.boolean(),
  });
};

const NOW = "2026-11-25T10:00:00.000Z";
const base: PrescriptionRow = {
  id: "r1",
  patientId: "s1",
  prescribedAt: new Date("2026-01-10T09:00:00Z"),
  decisionCapacityAssessed: false,
  minorForbidsGuardians: false,
  systemUpdatedForAssessment: true,
};
const sees = (v: Viewer, over: Partial<PrescriptionRow>) => {
  const row = { ...base, ...over };
  const a = isPrescriptionVisible(v, row);
  expect(matchesWhere(row, prescriptionWhere(v))).toBe(a);
  return a;
};

describe("prescriptions: where and predicate agree", () => {
  it("prescriptionWhere ≡ isPrescriptionVisible (property, all roles incl. forged)", () => {
    assertAgree(rowArb, prescriptionWhere, isPrescriptionVisible);
  });
});

describe("prescription visibility rules", () => {
  it("V-RX-5: prescriptions stay visible for 2.5 years (30 months) from issue", () => {
    const v = viewer("adult", "1968-03-14", NOW);
    expect(prescriptionsVisibleSince(v.now).toISOString()).toBe("2024-05-24T21:00:00.000Z"); // 2024-05-25 Helsinki
    expect(sees(v, { prescribedAt: new Date("2024-05-24T21:00:00.000Z") })).toBe(true);
    expect(sees(v, { prescribedAt: new Date("2024-05-24T20:59:59.999Z") })).toBe(false);
  });
  it("V-HEALTH-6: a guardian sees prescriptions written before the child turned 10, later ones only when assessed and allowed", () => {
    // Ella, born 2012-08-20: turned 10 on 2022-08-20 (Helsinki), so use a now in 2023.
    const now = "2023-06-01T10:00:00.000Z";
    const ok = {
      decisionCapacityAssessed: true,
      minorForbidsGuardians: false,
      systemUpdatedForAssessment: true,
    };
    for (const role of ["guardian", "informationRight"] as const) {
      const v = viewer(role, "2012-08-20", now);
      expect(sees(v, { prescribedAt: new Date("2022-08-19T20:59:59.999Z") })).toBe(true);
      expect(sees(v, { prescribedAt: new Date("2022-08-19T21:00:00.000Z") })).toBe(false);
      expect(sees(v, { prescribedAt: new Date("2022-08-19T21:00:00.000Z"), ...ok })).toBe(true);
      expect(
        sees(v, { prescribedAt: new Date("2023-01-01T10:00:00Z"), ...ok, minorForbidsGuardians: true }),
      ).toBe(false);
      expect(
        sees(v, { prescribedAt: new Date("2023-01-01T10:00:00Z"), ...ok, systemUpdatedForAssessment: false }),
      ).toBe(false);
    }
    expect(
      sees(viewer("minor", "2012-08-20", now), {
        prescribedAt: new Date("2023-01-01T10:00:00Z"),
        minorForbidsGuardians: true,
      }),
    ).toBe(true);
  });
  it("another patient's prescriptions and forged roles see nothing", () => {
    expect(sees(viewer("adult", "1968-03-14", NOW), { patientId: "s2" })).toBe(false);
    expect(sees(viewer("x" as Viewer["role"], "1968-03-14", NOW), {})).toBe(false);
  });
});
