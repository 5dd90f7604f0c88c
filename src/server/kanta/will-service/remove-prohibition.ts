import "server-only";
import type { ProhibitionDomain } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import { done, refused, type Acting, type Outcome } from "./common";

export type RemoveProhibitionResult = "prohibitionRemoved" | "prohibitionNotActive";

/** C-4: removes one of the subject's prohibitions in the domain (the feature checked was the domain's). */
export async function removeProhibition(
  db: Db,
  who: Acting,
  input: { prohibitionId: string; domain: ProhibitionDomain },
): Promise<Outcome<RemoveProhibitionResult>> {
  const { count } = await db.prohibition.updateMany({
    where: { id: input.prohibitionId, personId: who.subjectId, domain: input.domain, removedAt: null },
    data: { removedAt: who.at, removedById: who.actorId, activeKey: null },
  });
  return count === 1 ? done("prohibitionRemoved") : refused("prohibitionNotActive");
}
