// The fields every view needs to work out a prescription's state (V-RX-5) and whether it can be
// renewed (V-RX-6). Dispensings are filtered by the matrix footnote * (dispensingWhere), so the
// last dispensing date never reveals an event the viewer may not see.
import {
  dispensingWhere,
  effectiveRenewalStatus,
  prescriptionDisplayState,
  renewability,
  type PrescriptionDisplayState,
  type PrescriptionStateInput,
  type RenewalRefusal,
  type RenewalStatus,
  type Viewer,
} from "@/domain/visibility";
import type { Prisma } from "@/generated/prisma/client";

export function stateSelect(viewer: Viewer) {
  return {
    prescribedAt: true,
    validUntil: true,
    validityClass: true,
    status: true,
    cancellationReason: true,
    cancelledAt: true,
    lockedAt: true,
    lockedReason: true,
    amountPrescribed: true,
    amountRemaining: true,
    dispensings: {
      where: dispensingWhere(viewer) as Prisma.DispensingWhereInput,
      select: { dispensedAt: true, amount: true },
      orderBy: { dispensedAt: "desc" },
    },
    renewalRequests: { select: { status: true, sentAt: true }, orderBy: { sentAt: "desc" } },
  } satisfies Prisma.PrescriptionSelect;
}

export type PrescriptionSummary = {
  state: PrescriptionDisplayState;
  /** The latest renewal request, with lapsing applied. */
  renewal: { status: RenewalStatus; sentAt: Date } | null;
  renewable: { ok: true } | { ok: false; reason: RenewalRefusal };
};

export function summarize(row: PrescriptionStateInput, now: Date): PrescriptionSummary {
  const latest = [...row.renewalRequests].sort((a, b) => b.sentAt.getTime() - a.sentAt.getTime())[0];
  return {
    state: prescriptionDisplayState(row, now),
    renewal: latest ? { status: effectiveRenewalStatus(latest, now), sentAt: latest.sentAt } : null,
    renewable: renewability(row, now),
  };
}
