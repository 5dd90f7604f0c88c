// What a prescription looks like to the user (V-RX-5), whether it can be renewed (V-RX-2, V-RX-6)
// and the print-summary filters (V-RX-3). Pure functions of the row and `now`.

import { addMonths, compareDates, helsinkiDate, type CalendarDate } from "../dates";

export type ValidityClass = "TWO_YEARS" | "ONE_YEAR";
export type PrescriptionStatus = "VALID" | "EXPIRED" | "CANCELLED" | "RENEWAL_REQUESTED";
export type CancellationReason = "CARE" | "TECHNICAL" | "PATIENT_REQUEST";
export type RenewalStatus = "SENT" | "ACCEPTED" | "REJECTED" | "RETURNED" | "LAPSED";

export type PrescriptionStateInput = {
  prescribedAt: Date;
  validUntil: Date;
  validityClass: ValidityClass;
  status: PrescriptionStatus;
  cancellationReason: CancellationReason | null;
  cancelledAt: Date | null;
  lockedAt: Date | null;
  lockedReason: string | null;
  amountPrescribed: number;
  amountRemaining: number;
  dispensings: readonly { dispensedAt: Date; amount: number }[];
  renewalRequests: readonly { status: RenewalStatus; sentAt: Date }[];
};

export type DispensingState = "not" | "partly" | "fully";

export type PrescriptionDisplayState = {
  dispensing: DispensingState;
  amountLeft: number;
  lastDispensedAt: Date | null;
  locked: { at: Date; reason: string | null } | null;
  cancelled: { at: Date | null; reason: CancellationReason | null } | null;
  expired: boolean;
  expiringSoon: boolean;
  renewalPending: boolean;
};

/** An unhandled request lapses after 8 days (8 × 24 h from sending). */
export const RENEWAL_LAPSE_MS = 8 * 24 * 60 * 60 * 1000;

export function effectiveRenewalStatus(r: { status: RenewalStatus; sentAt: Date }, now: Date): RenewalStatus {
  return r.status === "SENT" && now.getTime() - r.sentAt.getTime() > RENEWAL_LAPSE_MS ? "LAPSED" : r.status;
}

function anyDispensed(p: PrescriptionStateInput): boolean {
  return p.dispensings.length > 0 || p.amountRemaining < p.amountPrescribed;
}

function isCancelled(p: PrescriptionStateInput): boolean {
  return p.status === "CANCELLED" || p.cancelledAt !== null;
}

/** Valid through the Helsinki calendar day of validUntil. */
function isExpired(p: PrescriptionStateInput, today: CalendarDate): boolean {
  return p.status === "EXPIRED" || compareDates(today, helsinkiDate(p.validUntil)) > 0;
}

function isRenewalPending(p: PrescriptionStateInput, now: Date): boolean {
  return p.renewalRequests.some((r) => effectiveRenewalStatus(r, now) === "SENT");
}

export function prescriptionDisplayState(p: PrescriptionStateInput, now: Date): PrescriptionDisplayState {
  const today = helsinkiDate(now);
  const amountLeft = Math.max(0, p.amountRemaining);
  const dispensing: DispensingState = !anyDispensed(p) ? "not" : amountLeft <= 0 ? "fully" : "partly";
  const last = p.dispensings.reduce<Date | null>(
    (m, d) => (m === null || d.dispensedAt > m ? d.dispensedAt : m),
    null,
  );
  const cancelled = isCancelled(p);
  const expired = isExpired(p, today);
  // Highlighted: still valid and expiring on or before the same day two months from today.
  const expiringSoon =
    !cancelled && !expired && compareDates(helsinkiDate(p.validUntil), addMonths(today, 2)) <= 0;
  return {
    dispensing,
    amountLeft,
    lastDispensedAt: last,
    locked: p.lockedAt ? { at: p.lockedAt, reason: p.lockedReason } : null,
    cancelled: cancelled ? { at: p.cancelledAt, reason: p.cancellationReason } : null,
    expired,
    expiringSoon,
    renewalPending: isRenewalPending(p, now),
  };
}

/** V-RX-6: renewal window from issue, by validity class (unknown class gets the shorter one). */
export const RENEWAL_WINDOW_MONTHS: Record<ValidityClass, number> = { TWO_YEARS: 28, ONE_YEAR: 16 };

export type RenewalRefusal = "cancelled" | "previouslyRejected" | "pending" | "notDispensed" | "tooOld";

/**
 * V-RX-2, V-RX-6. Expired prescriptions may be renewed inside the window; a lock does not block
 * a renewal request (the rules are silent; the unit decides). The window includes its last day.
 */
export function renewability(
  p: PrescriptionStateInput,
  now: Date,
): { ok: true } | { ok: false; reason: RenewalRefusal } {
  if (isCancelled(p)) return { ok: false, reason: "cancelled" };
  if (p.renewalRequests.some((r) => r.status === "REJECTED"))
    return { ok: false, reason: "previouslyRejected" };
  if (isRenewalPending(p, now)) return { ok: false, reason: "pending" };
  if (!anyDispensed(p)) return { ok: false, reason: "notDispensed" };
  const months = RENEWAL_WINDOW_MONTHS[p.validityClass] ?? RENEWAL_WINDOW_MONTHS.ONE_YEAR;
  const lastDay = addMonths(helsinkiDate(p.prescribedAt), months);
  if (compareDates(helsinkiDate(now), lastDay) > 0) return { ok: false, reason: "tooOld" };
  return { ok: true };
}

/** V-RX-3: how the printable summary can be limited. */
export type SummaryFilter =
  | { kind: "all" }
  | { kind: "dateRange"; from?: Date; to?: Date } // on prescribedAt, inclusive
  | { kind: "renewalRequested" }
  | { kind: "expiringSoon" }
  | { kind: "medicineLeft" }; // something left that can still be collected: not cancelled or expired

export function matchesSummaryFilter(p: PrescriptionStateInput, f: SummaryFilter, now: Date): boolean {
  const s = prescriptionDisplayState(p, now);
  switch (f.kind) {
    case "all":
      return true;
    case "dateRange":
      return (!f.from || p.prescribedAt >= f.from) && (!f.to || p.prescribedAt <= f.to);
    case "renewalRequested":
      return s.renewalPending;
    case "expiringSoon":
      return s.expiringSoon;
    case "medicineLeft":
      return s.amountLeft > 0 && !s.cancelled && !s.expired;
    default:
      return false;
  }
}
