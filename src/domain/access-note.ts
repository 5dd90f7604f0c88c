// What a section says, in general terms, about data the viewer may not see in their role (issue 15).
// It depends only on the role, the scopes of the right or mandate and the kind of data on the page:
// never on the child's age, assessment or prohibition, so the note reveals nothing about what a
// particular child chose (V-HEALTH-7: the same for every guardian and every child).

import type { Role } from "./permissions";
import type { Scopes } from "./relationships";

/** The kind of data a section shows: health (prescriptions, health, COVID), social, or both. */
export type NoteDomain = "health" | "social" | "all";
export type ScopeName = "health" | "social" | "both";

/** Translation keys under `accessNote`, in reading order; the caller fills {{name}} and {{scope}}. */
export type AccessNote = { sentences: string[]; scope: ScopeName };

export function scopeName(scopes: Scopes): ScopeName {
  if (scopes.health && scopes.social) return "both";
  return scopes.health ? "health" : "social";
}

function guardianRules(domain: NoteDomain, scopes: Scopes): string[] {
  const rules: string[] = [];
  if (domain !== "social" && scopes.health) rules.push("guardian.health");
  if (domain !== "health" && scopes.social) rules.push("guardian.social");
  return rules;
}

/** The note for a role on a page with this kind of data, or null for the person's own data. */
export function accessNoteFor(role: Role, scopes: Scopes, domain: NoteDomain): AccessNote | null {
  const scope = scopeName(scopes);
  switch (role) {
    case "adult":
    case "minor":
      return null;
    case "guardian":
      return { sentences: ["title", ...guardianRules(domain, scopes), "closing"], scope };
    case "informationRight": {
      const rules = guardianRules(domain, scopes);
      const child = rules.length > 0 ? ["informationRight.child", ...rules] : [];
      return { sentences: ["title", "informationRight.scope", ...child, "closing"], scope };
    }
    case "mandate":
      return { sentences: ["title", "mandate.scope", "closing"], scope };
  }
}
