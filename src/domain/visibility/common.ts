// Shared pieces of the visibility filters. Each filter comes twice: a Prisma-shaped `where` built
// from plain data (no Prisma import: the domain stays pure) and a predicate giving the same answer
// on a row, so tests can prove the two agree.

import { birthdayInstant, ADULT_AGE, helsinkiDate } from "../dates";
import { isRole, type Role } from "../permissions";

export type Viewer = { role: Role; subject: { id: string; birthDate: Date }; now: Date };

/**
 * Everything about a viewer that what they may see depends on, except the exact time: the role,
 * the subject, and the Helsinki day (birthdays turn at Helsinki midnight). Two viewers with the same
 * key see the same rows, up to rows whose delayed display ends during the day (they only appear).
 * For caching derived data per viewer.
 */
export function viewerKey(v: Viewer): string {
  const d = helsinkiDate(v.now);
  return [v.role, v.subject.id, v.subject.birthDate.toISOString(), `${d.year}-${d.month}-${d.day}`].join("|");
}

/** A Prisma `where` object (plain data). */
export type Where = Record<string, unknown>;

/** Matches no row at all (Prisma treats `in: []` as false). A fresh object each time. */
export function nothing(): Where {
  return { id: { in: [] } };
}

/**
 * How a role sees data: the owner (adult or minor for themselves), an adult's mandate holder
 * (sees what the owner sees), a child's guardian or information-right holder (the guardian
 * filters), or nobody (unknown role: deny by default).
 */
export type Audience = "owner" | "mandate" | "guardianLike" | "none";

export function audienceOf(role: Role): Audience {
  if (!isRole(role)) return "none";
  if (role === "adult" || role === "minor") return "owner";
  if (role === "mandate") return "mandate";
  return "guardianLike";
}

/** Delayed display (V-HEALTH-2, V-SOC-5): shown once the delay has passed. */
export function delayOverWhere(now: Date): Where {
  return { OR: [{ delayedDisplayUntil: null }, { delayedDisplayUntil: { lte: now } }] };
}

export function isDelayOver(delayedDisplayUntil: Date | null, now: Date): boolean {
  return delayedDisplayUntil === null || delayedDisplayUntil.getTime() <= now.getTime();
}

/** The instants a child turns 10 and 18 (Helsinki midnight): the V-HEALTH-6 age bands. */
export function ageBands(birthDate: Date): { ten: Date; adult: Date } {
  return { ten: birthdayInstant(birthDate, 10), adult: birthdayInstant(birthDate, ADULT_AGE) };
}

/** Data recorded at 10-17 is shown to guardians only when capacity was assessed and not forbidden. */
export type CapacityFlags = {
  decisionCapacityAssessed: boolean;
  minorForbidsGuardians: boolean;
  systemUpdatedForAssessment: boolean;
};

export function capacityAllowsGuardiansWhere(): Where {
  return { decisionCapacityAssessed: true, minorForbidsGuardians: false, systemUpdatedForAssessment: true };
}

export function capacityAllowsGuardians(f: CapacityFlags): boolean {
  return f.decisionCapacityAssessed && !f.minorForbidsGuardians && f.systemUpdatedForAssessment;
}
