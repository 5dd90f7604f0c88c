import "server-only";
import { effectiveRenewalStatus, prescriptionWhere, type Viewer } from "@/domain/visibility";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "./viewer";

/**
 * The requests just sent, for the result page; only those on prescriptions the viewer sees. The SMS
 * number is the sender's own contact detail: it leaves this module only for the person who sent the
 * request (`requesterId`, the signed-in actor), never for the other guardian or anyone viewing later.
 */
export async function listSentRenewals(db: Db, viewer: Viewer, actorId: string, requestIds: string[]) {
  const rows = await db.renewalRequest.findMany({
    where: {
      id: { in: requestIds },
      prescription: prescriptionWhere(viewer) as Prisma.PrescriptionWhereInput,
    },
    select: {
      id: true,
      status: true,
      sentAt: true,
      requesterId: true,
      phoneForSms: true,
      showOtherPrescriptions: true,
      receivingUnit: { select: { name: true } },
      prescription: { select: { id: true, drugName: true, strength: true, form: true, language: true } },
    },
    orderBy: { sentAt: "asc" },
  });
  return rows.map(({ requesterId, phoneForSms, ...r }) => {
    const sentByViewer = requesterId === actorId;
    return { ...r, sentByViewer, phoneForSms: sentByViewer ? phoneForSms : null, status: effectiveRenewalStatus(r, viewer.now) };
  });
}
