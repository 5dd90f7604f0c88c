import {
  compareDates,
  formatIsoDate,
  helsinkiDate,
  helsinkiMidnight,
  parseIsoDate,
  type CalendarDate,
} from "@/domain/dates";

// C-3: a disclosure permission is valid from when it was given until further notice, or through
// the last day the person chose (inclusive, on the Helsinki calendar), unless revoked.

export type PermissionState = "active" | "expired" | "revoked";

export type PermissionValidity = { validFrom: Date; validUntil: Date | null; revokedAt: Date | null };

export function permissionState(p: PermissionValidity, at: Date): PermissionState {
  if (p.revokedAt !== null && p.revokedAt.getTime() <= at.getTime()) return "revoked";
  if (p.validUntil !== null && compareDates(helsinkiDate(at), helsinkiDate(p.validUntil)) > 0) return "expired";
  return "active";
}

/** The stored end of validity for a chosen last day: the start of that day in Helsinki. */
export function validUntilInstant(lastDay: CalendarDate | null): Date | null {
  return lastDay === null ? null : helsinkiMidnight(lastDay);
}

/** The last day may not be in the past. */
export function isAcceptableLastDay(lastDay: CalendarDate | null, at: Date): boolean {
  return lastDay === null || compareDates(lastDay, helsinkiDate(at)) >= 0;
}

/** Parses YYYY-MM-DD into a real calendar date (no 31 February), or null. */
export function parseCalendarDate(value: string): CalendarDate | null {
  return parseIsoDate(value);
}

export function formatCalendarDate(d: CalendarDate): string {
  return formatIsoDate(d);
}
