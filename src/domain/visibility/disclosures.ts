// Disclosure and dispensing events (C-6, V-RX-4). Footnote * of the matrix: a guardian or an
// information-right holder sees prescription events only from before the child turned 10.

import { featureAccess, type FeatureId } from "../permissions";
import { ageBands, audienceOf, nothing, type Viewer, type Where } from "./common";

export type PrescriptionDisclosureRow = { id: string; patientId: string; disclosedAt: Date };
export type DispensingRow = { id: string; dispensedAt: Date };
export type HealthDisclosureRow = { id: string; patientId: string };
export type SocialDisclosureRow = { id: string; clientId: string };

/** The matrix decides whether the role sees this kind of event at all. */
const allowed = (v: Viewer, f: FeatureId) =>
  audienceOf(v.role) !== "none" && featureAccess(v.role, f) === "enabled";
const childFiltered = (v: Viewer) => audienceOf(v.role) === "guardianLike";

function beforeTen(v: Viewer, field: string): Where {
  return { [field]: { lt: ageBands(v.subject.birthDate).ten } };
}

export function prescriptionDisclosureWhere(v: Viewer): Where {
  if (!allowed(v, "prescriptions.disclosures")) return nothing();
  const w: Where = { patientId: v.subject.id };
  return childFiltered(v) ? { AND: [w, beforeTen(v, "disclosedAt")] } : w;
}

export function isPrescriptionDisclosureVisible(v: Viewer, d: PrescriptionDisclosureRow): boolean {
  if (!allowed(v, "prescriptions.disclosures") || d.patientId !== v.subject.id) return false;
  return !childFiltered(v) || d.disclosedAt.getTime() < ageBands(v.subject.birthDate).ten.getTime();
}

/**
 * Dispensings of one prescription, for `include: { dispensings: { where } }` under a prescription
 * already filtered by prescriptionWhere (so no patient condition here).
 */
export function dispensingWhere(v: Viewer): Where {
  if (!allowed(v, "prescriptions.disclosures")) return nothing();
  return childFiltered(v) ? beforeTen(v, "dispensedAt") : {};
}

export function isDispensingVisible(v: Viewer, d: DispensingRow): boolean {
  if (!allowed(v, "prescriptions.disclosures")) return false;
  return !childFiltered(v) || d.dispensedAt.getTime() < ageBands(v.subject.birthDate).ten.getTime();
}

/** Health-data disclosures: not for guardians or information-right holders (matrix: I). */
export function healthDisclosureWhere(v: Viewer): Where {
  return allowed(v, "health.disclosures") ? { patientId: v.subject.id } : nothing();
}

export function isHealthDisclosureVisible(v: Viewer, d: HealthDisclosureRow): boolean {
  return allowed(v, "health.disclosures") && d.patientId === v.subject.id;
}

/** Social-data disclosures belong to "use of social data", open to every role (seed 004). */
export function socialDisclosureWhere(v: Viewer): Where {
  return allowed(v, "socialUse.manage") ? { clientId: v.subject.id } : nothing();
}

export function isSocialDisclosureVisible(v: Viewer, d: SocialDisclosureRow): boolean {
  return allowed(v, "socialUse.manage") && d.clientId === v.subject.id;
}
