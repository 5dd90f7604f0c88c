import "server-only";
import type { Viewer } from "@/domain/visibility";
import type { ProhibitionDomain, ProhibitionTarget } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import { done, isUniqueViolation, refused, type Acting, type Outcome } from "./common";
import { hasReceivedLatestKantaInfo } from "./kanta-info-gate";
import { resolveProhibitionTarget } from "./prohibition-targets";

export type AddProhibitionInput = { domain: ProhibitionDomain; kind: ProhibitionTarget; ref: string };
export type AddProhibitionResult = "prohibitionAdded" | "prohibitionAlreadyActive" | "kantaInfoRequired" | "targetNotFound";

/** One active prohibition per target: the database refuses a second (Prohibition.activeKey). */
export const prohibitionActiveKey = (personId: string, input: AddProhibitionInput) =>
  `${personId}:${input.domain}:${input.kind}:${input.ref}`;

/**
 * C-4: registers a prohibition on one target the subject can see. C-2 and the target are checked
 * in the same transaction as the write. The same prohibition twice (a double submission) leaves
 * one record and tells the user it is already in force.
 */
export async function addProhibition(db: Db, who: Acting, viewer: Viewer, input: AddProhibitionInput): Promise<Outcome<AddProhibitionResult>> {
  try {
    return await db.$transaction(async (tx) => {
      if (!(await hasReceivedLatestKantaInfo(tx, who.subjectId))) return refused("kantaInfoRequired" as const);
      const target = await resolveProhibitionTarget(tx, viewer, input.domain, input.kind, input.ref);
      if (!target) return refused("targetNotFound" as const);
      const activeKey = prohibitionActiveKey(who.subjectId, { ...input, ref: target.ref });
      const existing = await tx.prohibition.findUnique({ where: { activeKey }, select: { id: true } });
      if (existing) return refused("prohibitionAlreadyActive" as const);
      await tx.prohibition.create({
        data: {
          personId: who.subjectId,
          domain: input.domain,
          targetKind: input.kind,
          targetRef: target.ref,
          targetLabel: target.label,
          createdAt: who.at,
          createdById: who.actorId,
          activeKey,
        },
      });
      return done("prohibitionAdded" as const);
    });
  } catch (e) {
    if (isUniqueViolation(e)) return refused("prohibitionAlreadyActive");
    throw e;
  }
}
