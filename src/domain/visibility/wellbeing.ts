// Wellbeing data in the own-data repository: only the owner ever sees it (V-HEALTH-8, seed 000 §6.2:
// not guardians, not information-right holders, not mandate holders).

import { audienceOf, nothing, type Viewer, type Where } from "./common";

export type MeasurementRow = { id: string; personId: string };
export type WellbeingAppRightRow = { id: string; personId: string; revokedAt: Date | null };

const isOwner = (v: Viewer) => audienceOf(v.role) === "owner";

/** Whose measurements the viewer may read, for a statement that cannot take a where object; null: none. */
export function measurementOwnerId(v: Viewer): string | null {
  return isOwner(v) ? v.subject.id : null;
}

export function measurementWhere(v: Viewer): Where {
  return isOwner(v) ? { personId: v.subject.id } : nothing();
}

export function isMeasurementVisible(v: Viewer, m: MeasurementRow): boolean {
  return isOwner(v) && m.personId === v.subject.id;
}

/** V-WB-2: the applications that still hold a right (removed rights are not listed). */
export function wellbeingAppRightWhere(v: Viewer): Where {
  return isOwner(v) ? { personId: v.subject.id, revokedAt: null } : nothing();
}

export function isWellbeingAppRightVisible(v: Viewer, r: WellbeingAppRightRow): boolean {
  return isOwner(v) && r.personId === v.subject.id && r.revokedAt === null;
}
