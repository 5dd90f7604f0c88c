import "server-only";
import { effectiveRenewalStatus, prescriptionWhere, type Viewer } from "@/domain/visibility";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "./viewer";

/** The requests just sent, for the result page; only those on prescriptions the viewer sees. */
export async function listSentRenewals(db: Db, viewer: Viewer, requestIds: string[]) {
  const rows = await db.renewalRequest.findMany({
    where: {
      id: { in: requestIds },
      prescription: prescriptionWhere(viewer) as Prisma.PrescriptionWhereInput,
    },
    select: {
      id: true,
      status: true,
      sentAt: true,
      phoneForSms: true,
      showOtherPrescriptions: true,
      receivingUnit: { select: { name: true } },
      prescription: { select: { id: true, drugName: true, strength: true, form: true, language: true } },
    },
    orderBy: { sentAt: "asc" },
  });
  return rows.map((r) => ({ ...r, status: effectiveRenewalStatus(r, viewer.now) }));
}
