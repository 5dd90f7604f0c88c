import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROLES } from "@/domain/permissions";
import {
  isMeasurementVisible,
  isWellbeingAppRightVisible,
  measurementOwnerId,
  measurementWhere,
  wellbeingAppRightWhere,
} from "@/domain/visibility";
import { matchesWhere } from "../support/match-where";
import { assertAgree, dateNear, idArb, subjectIdArb, viewer } from "../support/arbitraries";

describe("wellbeing: where and predicate agree", () => {
  it("measurementWhere ≡ isMeasurementVisible", () => {
    assertAgree(
      () => fc.record({ id: idArb, personId: subjectIdArb }),
      measurementWhere,
      isMeasurementVisible,
      1000,
    );
  });
  it("wellbeingAppRightWhere ≡ isWellbeingAppRightVisible", () => {
    assertAgree(
      (v) =>
        fc.record({
          id: idArb,
          personId: subjectIdArb,
          revokedAt: fc.option(dateNear([v.now]), { nil: null }),
        }),
      wellbeingAppRightWhere,
      isWellbeingAppRightVisible,
      1000,
    );
  });
});

describe("wellbeing rules", () => {
  it("V-HEALTH-8: guardians, information-right holders and mandate holders never see wellbeing data", () => {
    const m = { id: "r1", personId: "s1" };
    for (const role of ROLES) {
      const v = viewer(role, "2012-08-20", "2026-11-25T10:00:00Z");
      const owner = role === "adult" || role === "minor";
      expect(isMeasurementVisible(v, m)).toBe(owner);
      expect(matchesWhere(m, measurementWhere(v))).toBe(owner);
      expect(isWellbeingAppRightVisible(v, { ...m, revokedAt: null })).toBe(owner);
    }
  });
  it("V-HEALTH-8: the owner id for a raw statement agrees with the where and the predicate", () => {
    for (const role of ROLES) {
      const v = viewer(role, "2012-08-20", "2026-11-25T10:00:00Z");
      const ownerId = measurementOwnerId(v);
      for (const personId of [v.subject.id, "someone-else"]) {
        const m = { id: "r1", personId };
        expect(ownerId !== null && m.personId === ownerId, `${role} ${personId}`).toBe(isMeasurementVisible(v, m));
        expect(matchesWhere(m, measurementWhere(v))).toBe(isMeasurementVisible(v, m));
      }
    }
  });
  it("V-WB-2: removed application rights are no longer listed", () => {
    const v = viewer("adult", "1968-03-14", "2026-11-25T10:00:00Z");
    expect(isWellbeingAppRightVisible(v, { id: "r1", personId: "s1", revokedAt: null })).toBe(true);
    expect(
      isWellbeingAppRightVisible(v, {
        id: "r1",
        personId: "s1",
        revokedAt: new Date("2026-01-01T00:00:00Z"),
      }),
    ).toBe(false);
  });
});
