import { describe, expect, it } from "vitest";
import {
  FEATURES,
  MATRIX,
  ROLES,
  featureAccess,
  featureCell,
  featureService,
  featuresFor,
  isAllowed,
  isFeatureId,
  isRole,
  type AccessContext,
  type FeatureId,
  type Role,
} from "@/domain/permissions";

// The expected table, copied by hand from the seed (000 §4) via the feature matrix, with the seed's
// own marks. Independent of the implementation on purpose.
const LIMITED = "se uppgifter som inte får visas för vårdnadshavaren";
const LATER = "införs senare";
// prettier-ignore
const SEED: [string, string, string, string, string, string][] = [
  // feature id                          adult minor guardian IR  mandate
  ["lastLogin.view",                     "A", "A", "A", "A", "A"],
  ["prescriptions.view",                 "A", "A", "A", "A", "A"],
  ["prescriptions.disclosures",          "A", "A", "A*", "A*", "A"],
  ["prescriptions.renew",                "A", "A", "A", "I", "A"],
  ["prescriptions.printSummary",         "A", "A", "A", "I", "A"],
  ["prescriptions.printOwnList",         "A", "A", "A", "A", "A"],
  ["health.view",                        "A", "A", "A", "A", "A"],
  ["health.disclosures",                 "A", "A", "I", "I", "A"],
  ["social.view",                        "A", "A", "A", "A", "A"],
  ["wellbeing.view",                     "A", "A", "I", "I", "I"],
  ["wellbeing.appPermissions",           "A", "A", "I", "I", "I"],
  ["wellbeing.saveMeasurements",         "A", "A", "I", "I", "I"],
  ["kantaInfo.view",                     "A", "A", "A", "A", "A"],
  ["kantaInfo.acknowledge",              "A", "I", "A**", "I", "A"],
  ["prescriptionUse.manage",             "A", LIMITED, "I", "I", "A"],
  ["prescriptionProhibitions.manage",    "A", "I", "I", "I", "A"],
  ["healthUse.manage",                   "A", LIMITED, "A", "A", "A"],
  ["healthPermission.viewValidity",      "A", "A", "A", "A", "A"],
  ["healthPermission.give",              "A", "I", "A**", "I", "A"],
  ["healthPermission.update",            "A", "I", "A**", "I", "A"],
  ["healthPermission.revoke",            "A", "I", "I", "I", "A"],
  ["healthProhibitions.manage",          "A", "I", "E", "I", "A"],
  ["socialUse.manage",                   "A", "A", "A", "A", "A"],
  ["socialPermission.viewValidity",      "A", "A", "A", "A", "A"],
  ["socialPermission.give",              "A", "I", "A**", "I", "A"],
  ["socialPermission.revoke",            "A", "I", "I", "I", "A"],
  ["socialProhibitions.manage",          "A", "I", "I", "I", "A"],
  ["actingForOthers.view",               "A", "A", "A", "A", "A"],
  ["euPatientSummary.consent",           "A", "A***", LATER, "I", LATER],
  ["registryResearch.contactBan",        "A", "I", "I", "I", LATER],
  ["organDonation.manage",               "A", "I", "I", "I", "I"],
  ["livingWill.manage",                  "A", "I", "I", "I", "I"],
  ["covidCertificate.view",              "A", "A", "A", "A", "A"],
];
const SEED_ROLES: Role[] = ["adult", "minor", "guardian", "informationRight", "mandate"];

const CONTEXTS: [string, AccessContext][] = [
  ["no footnote facts", {}],
  ["explicitly not received", { subjectHasReceivedKantaInfo: false, subjectHasReceivedKantaInfoV2: false }],
  ["receivedKantaInfo", { subjectHasReceivedKantaInfo: true }],
  ["receivedV2", { subjectHasReceivedKantaInfo: true, subjectHasReceivedKantaInfoV2: true }],
];

function expected(mark: string, ctx: AccessContext): string {
  switch (mark) {
    case "A":
    case "A*":
      return "enabled";
    case "I":
    case "E":
      return "disabled";
    case "A**":
      return ctx.subjectHasReceivedKantaInfo ? "disabled" : "enabled";
    case "A***":
      return ctx.subjectHasReceivedKantaInfoV2 ? "enabled" : "disabled";
    case LIMITED:
      return "limited";
    case LATER:
      return "later";
    default:
      throw new Error(mark);
  }
}

const cells = SEED.flatMap(([f, ...marks]) => marks.map((mark, i) => [f, SEED_ROLES[i]!, mark] as const));

describe("feature matrix (seed 000 §4)", () => {
  it("has the 33 feature ids of the matrix, in order, and the five roles", () => {
    expect([...FEATURES]).toEqual(SEED.map((r) => r[0]));
    expect(FEATURES).toHaveLength(33);
    expect([...ROLES]).toEqual(SEED_ROLES);
    expect(Object.keys(MATRIX)).toEqual([...FEATURES]);
  });

  describe.each(CONTEXTS)("context: %s", (_name, ctx) => {
    it.each(cells)("%s × %s (seed mark %s)", (f, role, mark) => {
      expect(featureAccess(role, f as FeatureId, ctx)).toBe(expected(mark, ctx));
    });
  });

  it("footnote markers sit exactly where the seed has them", () => {
    for (const [f, role, mark] of cells) {
      const cell = featureCell(role, f as FeatureId)!;
      const note = /^A(\*+)$/.exec(mark)?.[1];
      expect(cell.endsWith("*") ? cell.slice(cell.indexOf("*")) : undefined, `${f} ${role}`).toBe(note);
    }
  });

  it("** treats an unknown receipt as not received; *** treats it as not received (disabled)", () => {
    expect(featureAccess("guardian", "healthPermission.give")).toBe("enabled");
    expect(featureAccess("minor", "euPatientSummary.consent")).toBe("disabled");
    expect(featureAccess("minor", "euPatientSummary.consent", { subjectHasReceivedKantaInfo: true })).toBe(
      "disabled",
    );
  });
});

describe("deny by default", () => {
  const forged = ["", "admin", "root", "Adult", "__proto__", "constructor", "toString", "hasOwnProperty"];
  it.each(forged)("unknown role %j is disabled for every feature", (role) => {
    for (const f of FEATURES) expect(featureAccess(role as Role, f)).toBe("disabled");
    expect(featuresFor(role as Role)).toEqual([]);
    expect(isRole(role)).toBe(false);
  });
  it.each([...forged, "health", "prescriptions.delete", "health.view ", "HEALTH.VIEW"])(
    "unknown feature %j is disabled for every role",
    (f) => {
      for (const r of ROLES) expect(featureAccess(r, f as FeatureId)).toBe("disabled");
      expect(isFeatureId(f)).toBe(false);
    },
  );
  it("non-string input is refused", () => {
    for (const x of [undefined, null, 1, {}, ["adult"]]) {
      expect(isRole(x)).toBe(false);
      expect(isFeatureId(x)).toBe(false);
      expect(featureAccess(x as Role, x as FeatureId)).toBe("disabled");
    }
  });
  it("isAllowed is true only for enabled", () => {
    expect(isAllowed("enabled")).toBe(true);
    for (const a of ["disabled", "limited", "later", "x"] as const)
      expect(isAllowed(a as "disabled")).toBe(false);
  });
});

describe("featuresFor (navigation)", () => {
  it("lists enabled and limited features, never disabled or later ones", () => {
    for (const role of ROLES) {
      for (const [, ctx] of CONTEXTS) {
        const list = featuresFor(role, ctx);
        const want = FEATURES.filter((f) => ["enabled", "limited"].includes(featureAccess(role, f, ctx)));
        expect(list).toEqual(want);
      }
    }
    expect(featuresFor("minor")).toContain("healthUse.manage");
    expect(featuresFor("guardian")).not.toContain("euPatientSummary.consent");
    expect(featuresFor("minor", { subjectHasReceivedKantaInfoV2: true })).toContain(
      "euPatientSummary.consent",
    );
  });
});

describe("rules that the matrix carries", () => {
  it("V-RX-1: every prescription feature depends on the prescription centre", () => {
    const rx = FEATURES.filter((f) => f.startsWith("prescriptions."));
    expect(rx.length).toBeGreaterThan(0);
    for (const f of rx) expect(featureService(f)).toBe("PRESCRIPTION_CENTRE");
    expect(featureService("health.view")).toBe("PATIENT_DATA_REPOSITORY");
    expect(featureService("social.view")).toBe("SOCIAL_CLIENT_DATA_REPOSITORY");
    expect(featureService("wellbeing.saveMeasurements")).toBe("OWN_DATA_REPOSITORY");
    expect(featureService("livingWill.manage")).toBe("WILL_SERVICE");
    expect(featureService("prescriptionProhibitions.manage")).toBe("WILL_SERVICE");
  });

  it("V-SOC-7: social care is read-only apart from use of data, permissions and prohibitions", () => {
    const social = FEATURES.filter((f) => /^social/.test(f));
    expect(social).toEqual([
      "social.view",
      "socialUse.manage",
      "socialPermission.viewValidity",
      "socialPermission.give",
      "socialPermission.revoke",
      "socialProhibitions.manage",
    ]);
  });

  it("V-HEALTH-8: wellbeing features are the owner's only", () => {
    for (const f of FEATURES.filter((x) => x.startsWith("wellbeing."))) {
      expect(featureAccess("adult", f)).toBe("enabled");
      expect(featureAccess("minor", f)).toBe("enabled");
      for (const r of ["guardian", "informationRight", "mandate"] as const)
        expect(featureAccess(r, f)).toBe("disabled");
    }
  });

  it("V-WB-2: app rights can be seen and removed, but there is no feature to grant new ones", () => {
    const wb = FEATURES.filter((f) => f.startsWith("wellbeing."));
    expect(wb).toEqual(["wellbeing.view", "wellbeing.appPermissions", "wellbeing.saveMeasurements"]);
  });

  it("C-5: wills and the contact ban are the adult's own (mandate: later at most)", () => {
    for (const f of ["organDonation.manage", "livingWill.manage", "registryResearch.contactBan"] as const) {
      expect(featureAccess("adult", f)).toBe("enabled");
      for (const r of ["minor", "guardian", "informationRight", "mandate"] as const)
        expect(isAllowed(featureAccess(r, f))).toBe(false);
    }
  });
});
