// Prescriptions from the prescription centre: which are visible (V-RX-5, V-HEALTH-6).
// Display state and renewal rules are in prescription-state.ts.

import { addMonths, helsinkiDate, helsinkiMidnight } from "../dates";
import {
  ageBands,
  audienceOf,
  capacityAllowsGuardians,
  capacityAllowsGuardiansWhere,
  nothing,
  type CapacityFlags,
  type Viewer,
  type Where,
} from "./common";

export type PrescriptionRow = CapacityFlags & { id: string; patientId: string; prescribedAt: Date };

/**
 * V-RX-5 "prescriptions stay visible for 2.5 years". Decision: counted from prescribedAt, as the
 * prescription centre keeps a prescription 30 months from issue (a 2-year prescription so stays
 * listed 6 months after expiry). Visible when prescribed on or after the same Helsinki calendar
 * day 30 months ago.
 */
export const VISIBLE_MONTHS = 30;

export function prescriptionsVisibleSince(now: Date): Date {
  return helsinkiMidnight(addMonths(helsinkiDate(now), -VISIBLE_MONTHS));
}

/** V-HEALTH-6 on prescriptions: the child's age at prescribedAt decides, as for health data. */
function guardianWhere(birthDate: Date): Where {
  const { ten, adult } = ageBands(birthDate);
  return {
    OR: [
      { prescribedAt: { lt: ten } },
      { AND: [{ prescribedAt: { gte: ten, lt: adult } }, capacityAllowsGuardiansWhere()] },
    ],
  };
}

export function prescriptionWhere(v: Viewer): Where {
  const audience = audienceOf(v.role);
  if (audience === "none") return nothing();
  const parts: Where[] = [
    { patientId: v.subject.id },
    { prescribedAt: { gte: prescriptionsVisibleSince(v.now) } },
  ];
  if (audience === "guardianLike") parts.push(guardianWhere(v.subject.birthDate));
  return { AND: parts };
}

export function isPrescriptionVisible(v: Viewer, p: PrescriptionRow): boolean {
  const audience = audienceOf(v.role);
  if (audience === "none") return false;
  const t = p.prescribedAt.getTime();
  if (p.patientId !== v.subject.id || t < prescriptionsVisibleSince(v.now).getTime()) return false;
  if (audience !== "guardianLike") return true;
  const { ten, adult } = ageBands(v.subject.birthDate);
  if (t < ten.getTime()) return true;
  return t < adult.getTime() && capacityAllowsGuardians(p);
}
