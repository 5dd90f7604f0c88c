import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  NEVER_SHOWN_SOCIAL_TYPES,
  NOT_YET_SHOWN_SOCIAL_TYPES,
  SHOWN_SOCIAL_TYPES,
  isSocialDocumentVisible,
  isSocialRelationshipVisible,
  socialDocumentWhere,
  socialRelationshipWhere,
  type SocialDocumentRow,
  type SocialDocumentType,
  type Viewer,
} from "@/domain/visibility";
import { matchesWhere } from "../support/match-where";
import { assertAgree, dateNear, idArb, subjectIdArb, viewer } from "../support/arbitraries";

const ALL_TYPES: SocialDocumentType[] = [
  ...SHOWN_SOCIAL_TYPES,
  ...NEVER_SHOWN_SOCIAL_TYPES,
  ...NOT_YET_SHOWN_SOCIAL_TYPES,
];

const rowArb = (v: Viewer): fc.Arbitrary<SocialDocumentRow> =>
  fc.record({
    id: idArb,
    clientId: subjectIdArb,
    type: fc.constantFrom(...ALL_TYPES),
    phase: fc.integer({ min: 0, max: 4 }),
    isLatest: fc.boolean(),
    cancelled: fc.boolean(),
    specialContent: fc.boolean(),
    delayedDisplayUntil: fc.option(dateNear([v.now]), { nil: null }),
    restrictedFromGuardians: fc.boolean(),
    isAttachmentOfId: fc.option(idArb, { nil: null }),
  });

const NOW = "2026-11-25T10:00:00.000Z";
const base: SocialDocumentRow = {
  id: "r1",
  clientId: "s1",
  type: "DECISION",
  phase: 2,
  isLatest: true,
  cancelled: false,
  specialContent: false,
  delayedDisplayUntil: null,
  restrictedFromGuardians: false,
  isAttachmentOfId: null,
};
const child = (role: Viewer["role"]) => viewer(role, "2012-08-20", NOW);
const sees = (v: Viewer, over: Partial<SocialDocumentRow>) => {
  const row = { ...base, ...over };
  const a = isSocialDocumentVisible(v, row);
  expect(matchesWhere(row, socialDocumentWhere(v))).toBe(a);
  return a;
};

describe("social documents: where and predicate agree", () => {
  it("socialDocumentWhere ≡ isSocialDocumentVisible (property, all roles incl. forged)", () => {
    assertAgree(rowArb, socialDocumentWhere, isSocialDocumentVisible);
  });
  it("socialRelationshipWhere ≡ isSocialRelationshipVisible", () => {
    assertAgree(
      () => fc.record({ id: idArb, clientId: subjectIdArb }),
      socialRelationshipWhere,
      isSocialRelationshipVisible,
      500,
    );
  });
});

describe("social document rules", () => {
  it("V-SOC-1: decisions, service-need assessments, client plans and implementation plans are shown", () => {
    expect([...SHOWN_SOCIAL_TYPES].sort()).toEqual([
      "CLIENT_PLAN",
      "DECISION",
      "IMPLEMENTATION_PLAN",
      "SERVICE_NEED_ASSESSMENT",
    ]);
    for (const type of SHOWN_SOCIAL_TYPES) expect(sees(child("minor"), { type })).toBe(true);
    expect(isSocialRelationshipVisible(child("guardian"), { clientId: "s1" })).toBe(true);
  });
  it("V-SOC-2: only phase 2 or newer", () => {
    expect(sees(child("minor"), { phase: 1 })).toBe(false);
    expect(sees(child("minor"), { phase: 3 })).toBe(true);
  });
  it("V-SOC-3: never shown types, cancelled documents, earlier versions", () => {
    for (const type of NEVER_SHOWN_SOCIAL_TYPES) expect(sees(child("minor"), { type })).toBe(false);
    expect(sees(child("minor"), { cancelled: true })).toBe(false);
    expect(sees(child("minor"), { isLatest: false })).toBe(false);
  });
  it("V-SOC-3: attachments (of custody investigations, among others) are not listed", () => {
    expect(sees(child("minor"), { isAttachmentOfId: "r2" })).toBe(false);
  });
  it("V-SOC-4: client journal entries, joint matters and paternity investigations are not shown yet", () => {
    for (const type of NOT_YET_SHOWN_SOCIAL_TYPES) expect(sees(child("adult"), { type })).toBe(false);
  });
  it("V-SOC-5: delayed display, special content, restriction from guardians", () => {
    expect(sees(child("minor"), { delayedDisplayUntil: new Date("2026-11-26T00:00:00Z") })).toBe(false);
    expect(sees(child("minor"), { delayedDisplayUntil: new Date(NOW) })).toBe(true);
    expect(sees(child("minor"), { specialContent: true })).toBe(false);
    expect(sees(child("guardian"), { restrictedFromGuardians: true })).toBe(false);
    expect(sees(child("minor"), { restrictedFromGuardians: true })).toBe(true);
  });
  it("V-SOC-6: a restriction applies to all guardians alike and to information-right holders", () => {
    const matti = { ...child("guardian"), actorId: "matti" } as Viewer;
    const liisa = { ...child("guardian"), actorId: "liisa" } as Viewer;
    expect(socialDocumentWhere(matti)).toEqual(socialDocumentWhere(liisa));
    expect(socialDocumentWhere(child("guardian"))).toEqual(socialDocumentWhere(child("informationRight")));
    expect(sees(child("informationRight"), { restrictedFromGuardians: true })).toBe(false);
    expect(sees(child("guardian"), {})).toBe(true);
  });
  it("V-SOC-6: an adult's mandate holder sees what the client sees", () => {
    const v = viewer("mandate", "1938-05-19", NOW);
    expect(sees(v, { restrictedFromGuardians: true })).toBe(true);
    expect(socialDocumentWhere(v)).toEqual(socialDocumentWhere(viewer("adult", "1938-05-19", NOW)));
  });
  it("deny by default: a forged role sees nothing", () => {
    expect(sees(child("root" as Viewer["role"]), {})).toBe(false);
    expect(isSocialRelationshipVisible(child("root" as Viewer["role"]), { clientId: "s1" })).toBe(false);
  });
});
