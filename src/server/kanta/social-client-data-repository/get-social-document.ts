import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { socialDocumentWhere, type Viewer } from "@/domain/visibility";
import { type Db } from "@/server/db";
import { serviceDb } from "@/server/kanta/service-status";

const detailFields = {
  id: true,
  serviceTask: true,
  type: true,
  title: true,
  content: true,
  language: true,
  organisation: true,
  authorName: true,
  recordedAt: true,
} as const satisfies Prisma.SocialDocumentSelect;

export type SocialDocumentDetail = Prisma.SocialDocumentGetPayload<{ select: typeof detailFields }>;

/**
 * One document, or null when it does not exist or the viewer may not see it: the id is combined
 * with the visibility rules in the query, so a guessed id of a hidden document loads nothing.
 */
export async function getSocialDocument(
  viewer: Viewer,
  id: string,
  db: Db = serviceDb("SOCIAL_CLIENT_DATA_REPOSITORY"),
): Promise<SocialDocumentDetail | null> {
  return db.socialDocument.findFirst({
    where: { AND: [socialDocumentWhere(viewer), { id }] } as Prisma.SocialDocumentWhereInput,
    select: detailFields,
  });
}
