import type { Access, FeatureId, Role } from "./permissions";
import { FEATURE_SCOPE, type Scopes } from "./relationships";

// What the 403 page may say about a refusal, in plain words. It names only the role and the scope
// of the relation the user acts through, never a fact about the person on screen: a guardian hears
// "as a guardian you cannot use this service", not which of the child's choices or data caused it.

/** Why the permission check refused a feature: the role × feature matrix, or the relation's scope. */
export type RefusalReason = "matrix" | "scope";

export type Refusal = { feature: FeatureId; reason: RefusalReason; access: Access };

export type RefusalExplanation =
  /** The mandate, right to information or guardian's mandate covers only the other kind of data. */
  | { kind: "scope"; via: "mandate" | "informationRight" | "guardian"; missing: "health" | "social" }
  /** The matrix closes the feature for this role. */
  | { kind: "role"; role: Exclude<Role, "adult"> }
  /** The matrix opens the feature for this role later ("later" cells). */
  | { kind: "later" }
  /** Nothing more precise can be said. */
  | { kind: "generic" };

export function explainRefusal(role: Role, scopes: Scopes, refusal: Refusal | null): RefusalExplanation {
  if (!refusal) return { kind: "generic" };
  if (refusal.reason === "scope") {
    const need = FEATURE_SCOPE[refusal.feature];
    const missing = need === "health" && !scopes.health ? "health" : need === "social" && !scopes.social ? "social" : null;
    if (!missing || role === "adult" || role === "minor") return { kind: "generic" };
    return { kind: "scope", via: role, missing };
  }
  if (refusal.access === "later") return { kind: "later" };
  // An adult's own data is never closed by the matrix; should that change, say nothing wrong.
  return role === "adult" ? { kind: "generic" } : { kind: "role", role };
}

/** The translation key (common namespace) of an explanation; scope texts take {{name}}. */
export function refusalMessageKey(explanation: RefusalExplanation): string {
  switch (explanation.kind) {
    case "scope":
      return `forbiddenReason.scope.${explanation.via}.${explanation.missing}`;
    case "role":
      return `forbiddenReason.matrix.${explanation.role}`;
    case "later":
      return "forbiddenReason.later";
    case "generic":
      return "errors.forbidden";
  }
}
