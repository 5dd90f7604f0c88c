import "server-only";
import type { Db } from "@/server/db";
import { done, isUniqueViolation, refused, type Acting, type Outcome } from "./common";
import { hasReceivedLatestKantaInfo } from "./kanta-info-gate";

export type EuConsentResult = "euConsentGiven" | "euConsentAlreadyGiven" | "euConsentWithdrawn" | "euConsentNotActive" | "kantaInfoRequired";

/**
 * C-5: consent to transfer the patient summary to European countries. Decision: giving consent is
 * gated by C-2 like a permission (version 2.0 of the Kanta information describes the transfer; a
 * minor may consent only after receiving it, footnote ***). Withdrawing is never blocked.
 */
export async function giveEuConsent(db: Db, who: Acting): Promise<Outcome<EuConsentResult>> {
  try {
    return await db.$transaction(async (tx) => {
      if (!(await hasReceivedLatestKantaInfo(tx, who.subjectId))) return refused("kantaInfoRequired" as const);
      const current = await tx.euPatientSummaryConsent.findUnique({ where: { personId: who.subjectId }, select: { revokedAt: true } });
      if (current && current.revokedAt === null) return done("euConsentAlreadyGiven" as const);
      await tx.euPatientSummaryConsent.upsert({
        where: { personId: who.subjectId },
        create: { personId: who.subjectId, givenAt: who.at },
        update: { givenAt: who.at, revokedAt: null },
      });
      return done("euConsentGiven" as const);
    });
  } catch (e) {
    if (isUniqueViolation(e)) return done("euConsentAlreadyGiven");
    throw e;
  }
}

export async function withdrawEuConsent(db: Db, who: Acting): Promise<Outcome<EuConsentResult>> {
  const { count } = await db.euPatientSummaryConsent.updateMany({
    where: { personId: who.subjectId, revokedAt: null },
    data: { revokedAt: who.at },
  });
  return count === 1 ? done("euConsentWithdrawn") : refused("euConsentNotActive");
}
