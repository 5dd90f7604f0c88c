import { describe, expect, it } from "vitest";
import {
  authorize,
  FEATURE_SCOPE,
  listActingOptions,
  resolveRole,
  scopeAllowsFeature,
  type Registers,
} from "@/domain/relationships";
import { FEATURES, type FeatureId } from "@/domain/permissions";
import { d, id, mandate, NOW, personaRegisters } from "./support/persona-registers";

const R = personaRegisters();
const role = (
  actor: Parameters<typeof id>[0],
  subject: Parameters<typeof id>[0],
  regs: Registers = R,
  now = NOW,
) => resolveRole(id(actor), id(subject), regs, now);

describe("self", () => {
  it("an adult acts for themselves as adult, a minor as minor, with both scopes", () => {
    expect(role("aino", "aino")).toEqual({
      ok: true,
      role: "adult",
      scopes: { health: true, social: true },
      via: "self",
    });
    expect(role("oona", "oona")).toEqual({
      ok: true,
      role: "minor",
      scopes: { health: true, social: true },
      via: "self",
    });
    expect(role("emil", "emil")).toMatchObject({ ok: true, role: "adult" }); // turned 18 on 2026-11-20
  });
  it("deny by default: unknown people get nothing", () => {
    expect(resolveRole("nobody", id("aino"), R, NOW)).toEqual({ ok: false, reason: "unknownPerson" });
    expect(resolveRole(id("aino"), "nobody", R, NOW)).toEqual({ ok: false, reason: "unknownPerson" });
    expect(role("aino", "eetu")).toEqual({ ok: false, reason: "noRelation" });
  });
});

describe("WHO-1 guardian until 18", () => {
  it("WHO-1: both guardians act for each minor child with both scopes", () => {
    for (const g of ["matti", "liisa"] as const) {
      for (const c of ["eetu", "ella", "oona", "niko"] as const) {
        expect(role(g, c)).toEqual({
          ok: true,
          role: "guardian",
          scopes: { health: true, social: true },
          via: "guardianship",
        });
      }
    }
  });
  it("WHO-1: the role ends at Helsinki midnight of the 18th birthday (Emil, 2026-11-20)", () => {
    expect(role("marja", "emil", R, new Date("2026-11-19T21:59:59.999Z"))).toMatchObject({
      ok: true,
      role: "guardian",
    });
    expect(role("marja", "emil", R, new Date("2026-11-19T22:00:00.000Z"))).toEqual({
      ok: false,
      reason: "childTurned18",
    });
    expect(role("marja", "emil")).toEqual({ ok: false, reason: "childTurned18" });
  });
  it("WHO-1: a guardianship outside its registered period gives nothing", () => {
    const regs = personaRegisters();
    const ended = regs.guardianships.map((g) =>
      g.guardianId === id("matti") && g.childId === id("eetu") ? { ...g, validUntil: d("2026-11-24") } : g,
    );
    expect(role("matti", "eetu", { ...regs, guardianships: ended })).toEqual({
      ok: false,
      reason: "guardianshipNotValid",
    });
  });
  it("WHO-1: the children cannot act for their guardians", () => {
    expect(role("oona", "matti")).toEqual({ ok: false, reason: "noRelation" });
  });
});

describe("WHO-2 non-disclosure markings", () => {
  it("WHO-2: a guardian with a marking cannot act automatically, nor can the other guardian", () => {
    expect(role("sanna", "aapo")).toEqual({ ok: false, reason: "guardianNonDisclosure" });
    expect(role("jari", "aapo")).toEqual({ ok: false, reason: "otherGuardianNonDisclosure" });
  });
  it("WHO-2: the guardians' joint mandate lets the unmarked guardian act, in its scope", () => {
    const regs = personaRegisters({
      mandates: [mandate("aapo", "jari", { kind: "GUARDIANS_JOINT", scopeSocial: true })],
    });
    expect(role("jari", "aapo", regs)).toEqual({
      ok: true,
      role: "guardian",
      scopes: { health: true, social: true },
      via: "mandate",
    });
    expect(role("sanna", "aapo", regs)).toEqual({ ok: false, reason: "guardianNonDisclosure" });
  });
  it("WHO-2: a marked child blocks its guardian; a mandate on application (health) opens health only", () => {
    const noMandate = { ...R, mandates: R.mandates.filter((m) => m.giverId !== id("lumi")) };
    expect(role("petri", "lumi", noMandate)).toEqual({ ok: false, reason: "childNonDisclosure" });
    expect(role("petri", "lumi")).toEqual({
      ok: true,
      role: "guardian",
      scopes: { health: true, social: false },
      via: "mandate",
    });
    expect(authorize(id("petri"), id("lumi"), "health.view", R, NOW)).toMatchObject({
      ok: true,
      access: "enabled",
    });
    expect(authorize(id("petri"), id("lumi"), "social.view", R, NOW)).toEqual({
      ok: false,
      reason: "mandateOutsideScope",
    });
  });
  it("WHO-2: an expired or revoked child mandate says so", () => {
    const expired = personaRegisters();
    expired.mandates = expired.mandates.map((m) =>
      m.giverId === id("lumi") ? { ...m, validUntil: d("2026-11-24") } : m,
    );
    expect(role("petri", "lumi", expired)).toEqual({ ok: false, reason: "mandateExpired" });
    const revoked = personaRegisters();
    revoked.mandates = revoked.mandates.map((m) =>
      m.giverId === id("lumi") ? { ...m, revokedAt: new Date("2026-11-01T10:00:00Z") } : m,
    );
    expect(role("petri", "lumi", revoked)).toEqual({ ok: false, reason: "mandateRevoked" });
  });
  it("WHO-2: a child mandate to someone who is not the child's guardian gives nothing", () => {
    const regs = personaRegisters({ mandates: [mandate("eetu", "aino", { kind: "GUARDIANS_JOINT" })] });
    expect(role("aino", "eetu", regs)).toEqual({ ok: false, reason: "mandateNotApplicable" });
  });
});

describe("WHO-3 custody agreements", () => {
  it("WHO-3: custody not in coded form requires a mandate", () => {
    expect(role("kari", "veera")).toEqual({ ok: false, reason: "custodyNotCoded" });
    const regs = personaRegisters({
      mandates: [mandate("veera", "kari", { kind: "ON_APPLICATION", scopeSocial: true })],
    });
    expect(role("kari", "veera", regs)).toEqual({
      ok: true,
      role: "guardian",
      scopes: { health: true, social: true },
      via: "mandate",
    });
  });
  it("WHO-3: a coded agreement lets the guardian act automatically", () => {
    expect(role("matti", "ella")).toMatchObject({ ok: true, via: "guardianship" });
  });
});

describe("WHO-4 right to information", () => {
  it("WHO-4: a health-only right sees health data, not social data, and cannot act", () => {
    expect(role("riikka", "eetu")).toEqual({
      ok: true,
      role: "informationRight",
      scopes: { health: true, social: false },
      via: "informationRight",
    });
    expect(authorize(id("riikka"), id("eetu"), "prescriptions.view", R, NOW)).toMatchObject({ ok: true });
    expect(authorize(id("riikka"), id("eetu"), "prescriptions.renew", R, NOW)).toEqual({
      ok: false,
      reason: "featureNotEnabled",
    });
    expect(authorize(id("riikka"), id("eetu"), "social.view", R, NOW)).toEqual({
      ok: false,
      reason: "informationRightOutsideScope",
    });
  });
  it("WHO-4: a social-only right sees social data only", () => {
    expect(role("tuomas", "ella")).toMatchObject({
      ok: true,
      role: "informationRight",
      scopes: { health: false, social: true },
    });
    expect(authorize(id("tuomas"), id("ella"), "social.view", R, NOW)).toMatchObject({ ok: true });
    expect(authorize(id("tuomas"), id("ella"), "health.view", R, NOW)).toEqual({
      ok: false,
      reason: "informationRightOutsideScope",
    });
  });
  it("WHO-4: the right ends at 18 and outside its validity", () => {
    const regs = personaRegisters({
      informationRights: [
        {
          holderId: id("aino"),
          childId: id("emil"),
          scope: "BOTH",
          validFrom: d("2020-01-01"),
          validUntil: null,
        },
      ],
    });
    expect(role("aino", "emil", regs)).toEqual({ ok: false, reason: "childTurned18" });
    expect(role("aino", "emil", regs, new Date("2026-11-19T12:00:00Z"))).toMatchObject({
      ok: true,
      role: "informationRight",
    });
    const old = personaRegisters({
      informationRights: [
        {
          holderId: id("aino"),
          childId: id("niko"),
          scope: "BOTH",
          validFrom: d("2020-01-01"),
          validUntil: d("2026-11-24"),
        },
      ],
    });
    expect(role("aino", "niko", old)).toEqual({ ok: false, reason: "informationRightExpired" });
    const future = personaRegisters({
      informationRights: [
        {
          holderId: id("aino"),
          childId: id("niko"),
          scope: "BOTH",
          validFrom: d("2026-12-01"),
          validUntil: null,
        },
      ],
    });
    expect(role("aino", "niko", future)).toEqual({ ok: false, reason: "informationRightNotYetValid" });
  });
  it("WHO-4: decision: a child's non-disclosure marking blocks the right to information too", () => {
    const regs = personaRegisters({
      informationRights: [
        {
          holderId: id("aino"),
          childId: id("lumi"),
          scope: "BOTH",
          validFrom: d("2020-01-01"),
          validUntil: null,
        },
      ],
    });
    expect(role("aino", "lumi", regs)).toEqual({ ok: false, reason: "childNonDisclosure" });
  });
});

describe("WHO-5 mandate for an adult", () => {
  it("WHO-5: scopes follow the mandate; outside scope gives nothing", () => {
    expect(role("mikko", "helmi")).toEqual({
      ok: true,
      role: "mandate",
      scopes: { health: true, social: false },
      via: "mandate",
    });
    expect(role("mikko", "toivo")).toEqual({
      ok: true,
      role: "mandate",
      scopes: { health: true, social: true },
      via: "mandate",
    });
    expect(authorize(id("mikko"), id("helmi"), "prescriptions.renew", R, NOW)).toMatchObject({ ok: true });
    expect(authorize(id("mikko"), id("helmi"), "social.view", R, NOW)).toEqual({
      ok: false,
      reason: "mandateOutsideScope",
    });
    const none = personaRegisters({ mandates: [mandate("aino", "bengt", { scopeHealth: false })] });
    expect(role("bengt", "aino", none)).toEqual({ ok: false, reason: "mandateOutsideScope" });
  });
  it("WHO-5: validity: expired, inclusive last day, not yet valid, revoked", () => {
    expect(role("mikko", "aune")).toEqual({ ok: false, reason: "mandateExpired" });
    const last = personaRegisters({ mandates: [mandate("aino", "bengt", { validUntil: d("2026-11-25") })] });
    expect(role("bengt", "aino", last, new Date("2026-11-25T21:59:59Z"))).toMatchObject({ ok: true });
    expect(role("bengt", "aino", last, new Date("2026-11-25T22:00:00Z"))).toEqual({
      ok: false,
      reason: "mandateExpired",
    });
    const future = personaRegisters({ mandates: [mandate("aino", "bengt", { validFrom: d("2026-12-01") })] });
    expect(role("bengt", "aino", future)).toEqual({ ok: false, reason: "mandateNotYetValid" });
    const revoked = personaRegisters({
      mandates: [mandate("aino", "bengt", { revokedAt: new Date("2026-11-25T09:00:00Z") })],
    });
    expect(role("bengt", "aino", revoked)).toEqual({ ok: false, reason: "mandateRevoked" });
    expect(role("bengt", "aino", revoked, new Date("2026-11-25T08:59:59Z"))).toMatchObject({ ok: true });
  });
  it("WHO-5: a mandate holder never reaches wills or wellbeing", () => {
    for (const f of [
      "organDonation.manage",
      "livingWill.manage",
      "wellbeing.view",
      "wellbeing.saveMeasurements",
    ] as const) {
      expect(authorize(id("mikko"), id("toivo"), f, R, NOW)).toMatchObject({ ok: false });
    }
  });
  it("WHO-5: an adult-kind mandate from a minor gives nothing", () => {
    const regs = personaRegisters({ mandates: [mandate("oona", "aino")] });
    expect(role("aino", "oona", regs)).toEqual({ ok: false, reason: "mandateNotApplicable" });
  });
  it("WHO-5: after 18 a former child's own adult mandate is what counts", () => {
    const regs = personaRegisters({ mandates: [mandate("emil", "marja")] });
    expect(role("marja", "emil", regs)).toEqual({
      ok: true,
      role: "mandate",
      scopes: { health: true, social: false },
      via: "mandate",
    });
  });
});

describe("listActingOptions", () => {
  it("lists everyone related, with why the unavailable are unavailable", () => {
    const mikko = listActingOptions(id("mikko"), R, NOW);
    expect(mikko.map((o) => [o.subjectId, o.result.ok ? o.result.role : o.result.reason])).toEqual([
      [id("helmi"), "mandate"],
      [id("toivo"), "mandate"],
      [id("aune"), "mandateExpired"],
    ]);
    expect(listActingOptions(id("marja"), R, NOW)).toEqual([
      { subjectId: id("emil"), relations: ["guardianship"], result: { ok: false, reason: "childTurned18" } },
    ]);
    expect(listActingOptions(id("matti"), R, NOW)).toHaveLength(4);
    expect(listActingOptions(id("petri"), R, NOW)).toEqual([
      { subjectId: id("lumi"), relations: ["guardianship", "mandate"], result: role("petri", "lumi") },
    ]);
    expect(listActingOptions(id("aino"), R, NOW)).toEqual([]);
  });
});

describe("scopeAllowsFeature", () => {
  it("maps every feature to a scope; health-only and social-only never overlap except scope-free ones", () => {
    expect(Object.keys(FEATURE_SCOPE).sort()).toEqual([...FEATURES].sort());
    const h = { health: true, social: false };
    const s = { health: false, social: true };
    for (const f of FEATURES) {
      const need = FEATURE_SCOPE[f];
      if (need === "health")
        expect([scopeAllowsFeature(h, f), scopeAllowsFeature(s, f)]).toEqual([true, false]);
      if (need === "social")
        expect([scopeAllowsFeature(h, f), scopeAllowsFeature(s, f)]).toEqual([false, true]);
      if (need === "either" || need === "none")
        expect([scopeAllowsFeature(h, f), scopeAllowsFeature(s, f)]).toEqual([true, true]);
      expect(scopeAllowsFeature({ health: false, social: false }, f)).toBe(need === "none");
    }
    expect(
      FEATURES.filter((f) => f.startsWith("prescriptions.")).every((f) => FEATURE_SCOPE[f] === "health"),
    ).toBe(true);
    expect(FEATURES.filter((f) => /^social/.test(f)).every((f) => FEATURE_SCOPE[f] === "social")).toBe(true);
    expect(scopeAllowsFeature(h, "x" as FeatureId)).toBe(false);
  });
});
