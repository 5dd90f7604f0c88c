import "server-only";
import type { Db } from "@/server/db";
import { done, isUniqueViolation, refused, type Acting, type Outcome } from "./common";
import { hasReceivedLatestKantaInfo } from "./kanta-info-gate";

export type ContactBanResult = "contactBanSet" | "contactBanAlreadySet" | "contactBanRemoved" | "contactBanNotActive" | "kantaInfoRequired";

/**
 * C-5: a ban on being contacted about findings of registry research. It is a prohibition (förbud),
 * so C-2 gates setting it; lifting it is never blocked.
 */
export async function setContactBan(db: Db, who: Acting): Promise<Outcome<ContactBanResult>> {
  try {
    return await db.$transaction(async (tx) => {
      if (!(await hasReceivedLatestKantaInfo(tx, who.subjectId))) return refused("kantaInfoRequired" as const);
      const current = await tx.registryResearchContactBan.findUnique({ where: { personId: who.subjectId }, select: { removedAt: true } });
      if (current && current.removedAt === null) return done("contactBanAlreadySet" as const);
      await tx.registryResearchContactBan.upsert({
        where: { personId: who.subjectId },
        create: { personId: who.subjectId, createdAt: who.at },
        update: { createdAt: who.at, removedAt: null },
      });
      return done("contactBanSet" as const);
    });
  } catch (e) {
    if (isUniqueViolation(e)) return done("contactBanAlreadySet");
    throw e;
  }
}

export async function removeContactBan(db: Db, who: Acting): Promise<Outcome<ContactBanResult>> {
  const { count } = await db.registryResearchContactBan.updateMany({
    where: { personId: who.subjectId, removedAt: null },
    data: { removedAt: who.at },
  });
  return count === 1 ? done("contactBanRemoved") : refused("contactBanNotActive");
}
