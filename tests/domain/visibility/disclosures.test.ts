import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ageBands,
  dispensingWhere,
  healthDisclosureWhere,
  isDispensingVisible,
  isHealthDisclosureVisible,
  isPrescriptionDisclosureVisible,
  isSocialDisclosureVisible,
  prescriptionDisclosureWhere,
  socialDisclosureWhere,
  type Viewer,
} from "@/domain/visibility";
import { matchesWhere } from "../support/match-where";
import { assertAgree, dateNear, idArb, subjectIdArb, viewer } from "../support/arbitraries";

const tenOf = (v: Viewer) => ageBands(v.subject.birthDate).ten;

describe("disclosures: where and predicate agree", () => {
  it("prescriptionDisclosureWhere ≡ isPrescriptionDisclosureVisible", () => {
    assertAgree(
      (v) => fc.record({ id: idArb, patientId: subjectIdArb, disclosedAt: dateNear([tenOf(v)]) }),
      prescriptionDisclosureWhere,
      isPrescriptionDisclosureVisible,
    );
  });
  it("dispensingWhere ≡ isDispensingVisible", () => {
    assertAgree(
      (v) => fc.record({ id: idArb, dispensedAt: dateNear([tenOf(v)]) }),
      dispensingWhere,
      isDispensingVisible,
    );
  });
  it("healthDisclosureWhere ≡ isHealthDisclosureVisible, socialDisclosureWhere ≡ isSocialDisclosureVisible", () => {
    assertAgree(
      () => fc.record({ id: idArb, patientId: subjectIdArb }),
      healthDisclosureWhere,
      isHealthDisclosureVisible,
      500,
    );
    assertAgree(
      () => fc.record({ id: idArb, clientId: subjectIdArb }),
      socialDisclosureWhere,
      isSocialDisclosureVisible,
      500,
    );
  });
});

describe("disclosure rules", () => {
  // Eetu, born 2019-05-02, turns 10 on 2029-05-02 (Helsinki midnight = 2029-05-01T21:00Z).
  const NOW = "2030-01-01T10:00:00.000Z";
  const before = new Date("2029-05-01T20:59:59.999Z");
  const at = new Date("2029-05-01T21:00:00.000Z");
  it("V-RX-4: guardians and information-right holders see prescription disclosures only from before the child was 10 (footnote *)", () => {
    for (const role of ["guardian", "informationRight"] as const) {
      const v = viewer(role, "2019-05-02", NOW);
      for (const [disclosedAt, want] of [
        [before, true],
        [at, false],
      ] as const) {
        const row = { id: "r1", patientId: "s1", disclosedAt };
        expect(isPrescriptionDisclosureVisible(v, row)).toBe(want);
        expect(matchesWhere(row, prescriptionDisclosureWhere(v))).toBe(want);
        expect(isDispensingVisible(v, { id: "r1", dispensedAt: disclosedAt })).toBe(want);
      }
    }
  });
  it("V-RX-4: the owner and an adult's mandate holder see every disclosure and dispensing", () => {
    for (const role of ["adult", "minor", "mandate"] as const) {
      const v = viewer(role, "2019-05-02", NOW);
      expect(isPrescriptionDisclosureVisible(v, { id: "r1", patientId: "s1", disclosedAt: at })).toBe(true);
      expect(dispensingWhere(v)).toEqual({});
    }
  });
  it("C-6: health disclosures are not shown to guardians or information-right holders (matrix); social ones are", () => {
    for (const role of ["guardian", "informationRight"] as const) {
      const v = viewer(role, "2019-05-02", NOW);
      expect(isHealthDisclosureVisible(v, { id: "r1", patientId: "s1" })).toBe(false);
      expect(isSocialDisclosureVisible(v, { id: "r1", clientId: "s1" })).toBe(true);
    }
    expect(
      isHealthDisclosureVisible(viewer("mandate", "1950-01-01", NOW), { id: "r1", patientId: "s1" }),
    ).toBe(true);
  });
});
