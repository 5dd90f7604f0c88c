import "server-only";
import type { Db } from "@/server/db";
import { LATEST_KANTA_INFO_VERSION } from "@/server/portal-context";
import { done, isUniqueViolation, type Acting, type Outcome } from "./common";

export type AcknowledgeResult = "kantaInfoAcknowledged" | "kantaInfoAlreadyAcknowledged";

/**
 * C-1: the person (or a guardian or mandate holder for them, as the matrix allows) acknowledges
 * having received the latest Kanta information, which the page shows in full before confirming.
 * A receipt recorded in health or social care gets its acknowledgement time. Without one, the
 * acknowledgement in MittKanta is the receipt: it is stored as received outside health care, so it
 * never counts for footnotes ** and *** (which ask whether the minor received it in health care).
 */
export async function acknowledgeKantaInfo(db: Db, who: Acting): Promise<Outcome<AcknowledgeResult>> {
  const key = { personId_version: { personId: who.subjectId, version: LATEST_KANTA_INFO_VERSION } };
  try {
    return await db.$transaction(async (tx) => {
      const receipt = await tx.kantaInfoReceipt.findUnique({ where: key, select: { id: true, acknowledgedAt: true } });
      if (receipt?.acknowledgedAt) return done("kantaInfoAlreadyAcknowledged" as const);
      if (receipt) {
        await tx.kantaInfoReceipt.update({
          where: { id: receipt.id },
          data: { acknowledgedAt: who.at, acknowledgedById: who.actorId },
        });
      } else {
        await tx.kantaInfoReceipt.create({
          data: {
            personId: who.subjectId,
            version: LATEST_KANTA_INFO_VERSION,
            receivedAt: who.at,
            inHealthCare: false,
            acknowledgedAt: who.at,
            acknowledgedById: who.actorId,
          },
        });
      }
      return done("kantaInfoAcknowledged" as const);
    });
  } catch (e) {
    // A concurrent double submission created the receipt first.
    if (isUniqueViolation(e)) return done("kantaInfoAlreadyAcknowledged");
    throw e;
  }
}
