// Health documents from the patient data repository (V-HEALTH-1..9).

import { addMonths, helsinkiDate, helsinkiMidnight } from "../dates";
import {
  audienceOf,
  capacityAllowsGuardians,
  capacityAllowsGuardiansWhere,
  delayOverWhere,
  isDelayOver,
  nothing,
  type Viewer,
  type Where,
} from "./common";

export type HealthDocumentType =
  | "JOURNAL_TEXT"
  | "INPATIENT_SUMMARY"
  | "MEDICATION"
  | "LAB_RESULTS"
  | "IMAGING"
  | "DIAGNOSES"
  | "RISK_INFORMATION"
  | "VACCINATION"
  | "CERTIFICATE";

export type HealthDocumentRow = {
  id: string;
  patientId: string;
  type: HealthDocumentType;
  journalForm: boolean;
  isLatest: boolean;
  cancelled: boolean;
  delayedDisplayUntil: Date | null;
  containsOtherPersonData: boolean;
  storedAt: Date;
  recordedAtAge: number;
  decisionCapacityAssessed: boolean;
  minorForbidsGuardians: boolean;
  systemUpdatedForAssessment: boolean;
  heldBackUntilReleased: boolean;
};

/** V-HEALTH-5: guardians see data archived from 1 August 2016 (Helsinki) on. */
export const GUARDIAN_DATA_FROM = helsinkiMidnight({ year: 2016, month: 8, day: 1 });

/** V-HEALTH-3: an inpatient episode shows only medication data and summaries. */
export const INPATIENT_TYPES: readonly HealthDocumentType[] = ["MEDICATION", "INPATIENT_SUMMARY"];

function baseWhere(v: Viewer): Where[] {
  return [
    { patientId: v.subject.id },
    { isLatest: true, cancelled: false }, // V-HEALTH-1
    delayOverWhere(v.now), // V-HEALTH-2
    { containsOtherPersonData: false }, // V-HEALTH-2
    { OR: [{ type: { not: "JOURNAL_TEXT" } }, { journalForm: true }] }, // V-HEALTH-4
    { heldBackUntilReleased: false }, // V-HEALTH-9
  ];
}

function baseVisible(v: Viewer, d: HealthDocumentRow): boolean {
  return (
    d.patientId === v.subject.id &&
    d.isLatest &&
    !d.cancelled &&
    isDelayOver(d.delayedDisplayUntil, v.now) &&
    !d.containsOtherPersonData &&
    (d.type !== "JOURNAL_TEXT" || d.journalForm) &&
    !d.heldBackUntilReleased
  );
}

/**
 * V-HEALTH-5/6/7: what guardians and information-right holders see. It depends only on the
 * document, never on which guardian asks, so a minor's prohibition applies to all alike.
 */
function guardianWhere(): Where {
  return {
    AND: [
      { storedAt: { gte: GUARDIAN_DATA_FROM } },
      {
        OR: [
          { recordedAtAge: { lt: 10 } },
          { AND: [{ recordedAtAge: { gte: 10, lte: 17 } }, capacityAllowsGuardiansWhere()] },
        ],
      },
    ],
  };
}

function guardianVisible(d: HealthDocumentRow): boolean {
  if (d.storedAt.getTime() < GUARDIAN_DATA_FROM.getTime()) return false;
  if (d.recordedAtAge < 10) return true;
  return d.recordedAtAge <= 17 && capacityAllowsGuardians(d);
}

export function healthDocumentWhere(v: Viewer): Where {
  const audience = audienceOf(v.role);
  if (audience === "none") return nothing();
  const parts = baseWhere(v);
  if (audience === "guardianLike") parts.push(guardianWhere());
  return { AND: parts };
}

export function isHealthDocumentVisible(v: Viewer, d: HealthDocumentRow): boolean {
  const audience = audienceOf(v.role);
  if (audience === "none") return false;
  return baseVisible(v, d) && (audience !== "guardianLike" || guardianVisible(d));
}

export type ServiceEventKind = "OUTPATIENT" | "INPATIENT";

/** Documents shown under one visit or episode (V-HEALTH-3). Anything but OUTPATIENT is treated as inpatient. */
export function visitDocumentWhere(v: Viewer, kind: ServiceEventKind): Where {
  const w = healthDocumentWhere(v);
  return kind === "OUTPATIENT" ? w : { AND: [w, { type: { in: [...INPATIENT_TYPES] } }] };
}

export function isVisitDocumentVisible(v: Viewer, kind: ServiceEventKind, d: HealthDocumentRow): boolean {
  return isHealthDocumentVisible(v, d) && (kind === "OUTPATIENT" || INPATIENT_TYPES.includes(d.type));
}

/**
 * For the minor's "limited" use-of-data view: their own visible documents that their guardians
 * do not see. Only for the minor themselves.
 */
export function hiddenFromGuardiansWhere(v: Viewer): Where {
  if (v.role !== "minor") return nothing();
  return { AND: [...baseWhere(v), { NOT: guardianWhere() }] };
}

export function isHiddenFromGuardians(v: Viewer, d: HealthDocumentRow): boolean {
  return v.role === "minor" && baseVisible(v, d) && !guardianVisible(d);
}

/** V-HEALTH-9: lists default to the last 12 months (from Helsinki midnight that day) up to now. */
export function defaultListWindow(now: Date): { from: Date; to: Date } {
  return { from: helsinkiMidnight(addMonths(helsinkiDate(now), -12)), to: now };
}

export function dateRangeWhere(field: string, range: { from?: Date; to?: Date }): Where {
  const cond: Record<string, Date> = {};
  if (range.from) cond.gte = range.from;
  if (range.to) cond.lte = range.to;
  return Object.keys(cond).length === 0 ? {} : { [field]: cond };
}

/** V-HEALTH-9: a lab result is listed under the date of its service event, else its sampling time. */
export function labResultListDate(
  result: { sampledAt: Date },
  event: { startAt: Date } | null | undefined,
): Date {
  return event?.startAt ?? result.sampledAt;
}
