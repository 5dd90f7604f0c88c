import { describe, expect, it } from "vitest";
import { FEATURES, featureAccess, ROLES, type FeatureId, type Role } from "@/domain/permissions";
import { explainRefusal, refusalMessageKey, type Refusal } from "@/domain/refusal";
import { scopeAllowsFeature, type Scopes } from "@/domain/relationships";
import { RESOURCES } from "@/i18n/resources";
import { LOCALES } from "@/i18n/settings";
import { lookup } from "@/i18n/string-tree";

const HEALTH_ONLY: Scopes = { health: true, social: false };
const SOCIAL_ONLY: Scopes = { health: false, social: true };
const BOTH: Scopes = { health: true, social: true };
const refusal = (feature: FeatureId, reason: Refusal["reason"], access: Refusal["access"] = "disabled"): Refusal => ({ feature, reason, access });

describe("what the 403 page says about a refusal", () => {
  it("a health-only mandate (Mikko → Helmi) refused social data: the scope, naming what is not shown", () => {
    const e = explainRefusal("mandate", HEALTH_ONLY, refusal("social.view", "scope"));
    expect(e).toEqual({ kind: "scope", via: "mandate", missing: "social" });
    expect(refusalMessageKey(e)).toBe("forbiddenReason.scope.mandate.social");
  });

  it("a social-only right to information (Tuomas → Ella) refused prescriptions: health is missing", () => {
    expect(explainRefusal("informationRight", SOCIAL_ONLY, refusal("prescriptions.view", "scope"))).toEqual({
      kind: "scope",
      via: "informationRight",
      missing: "health",
    });
  });

  it("a guardian acting through a health-only mandate (Petri → Lumi) is told about the scope, not about the child", () => {
    expect(explainRefusal("guardian", HEALTH_ONLY, refusal("social.view", "scope"))).toEqual({ kind: "scope", via: "guardian", missing: "social" });
  });

  it("the matrix: the role's own sentence; 'later' cells say later", () => {
    expect(refusalMessageKey(explainRefusal("guardian", BOTH, refusal("wellbeing.view", "matrix")))).toBe("forbiddenReason.matrix.guardian");
    expect(refusalMessageKey(explainRefusal("informationRight", HEALTH_ONLY, refusal("prescriptions.renew", "matrix")))).toBe(
      "forbiddenReason.matrix.informationRight",
    );
    expect(refusalMessageKey(explainRefusal("minor", BOTH, refusal("organDonation.manage", "matrix")))).toBe("forbiddenReason.matrix.minor");
    expect(refusalMessageKey(explainRefusal("guardian", BOTH, refusal("euPatientSummary.consent", "matrix", "later")))).toBe("forbiddenReason.later");
  });

  it("without a recorded refusal, or one that the role cannot explain, the generic sentence", () => {
    expect(refusalMessageKey(explainRefusal("mandate", HEALTH_ONLY, null))).toBe("errors.forbidden");
    expect(refusalMessageKey(explainRefusal("adult", BOTH, refusal("wellbeing.view", "matrix")))).toBe("errors.forbidden");
    // A scope refusal whose scope is in fact held (inconsistent input) claims nothing.
    expect(refusalMessageKey(explainRefusal("mandate", BOTH, refusal("social.view", "scope")))).toBe("errors.forbidden");
  });

  it("every refusal the permission check can make has a message in fi, sv and en", () => {
    const scopeSets = [BOTH, HEALTH_ONLY, SOCIAL_ONLY];
    const keys = new Set<string>();
    for (const role of ROLES as readonly Role[])
      for (const scopes of scopeSets)
        for (const feature of FEATURES) {
          const access = featureAccess(role, feature, {});
          const reason = access !== "enabled" && access !== "limited" ? "matrix" : !scopeAllowsFeature(scopes, feature) ? "scope" : null;
          if (reason) keys.add(refusalMessageKey(explainRefusal(role, scopes, refusal(feature, reason, access))));
        }
    expect(keys.size).toBeGreaterThan(5);
    for (const locale of LOCALES)
      for (const key of keys) expect(typeof lookup(RESOURCES[locale].common, key), `${locale} ${key}`).toBe("string");
  });
});
