import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { socialDisclosureWhere, type Viewer } from "@/domain/visibility";
import { type Db } from "@/server/db";
import { serviceDb } from "@/server/kanta/service-status";

const disclosureFields = {
  id: true,
  recipient: true,
  disclosedAt: true,
  what: true,
  basis: true,
} as const satisfies Prisma.SocialDisclosureSelect;

export type SocialDisclosureItem = Prisma.SocialDisclosureGetPayload<{ select: typeof disclosureFields }>;

/** Disclosures of the subject's social welfare data, newest first (one query). */
export async function listSocialDisclosures(
  viewer: Viewer,
  db: Db = serviceDb("SOCIAL_CLIENT_DATA_REPOSITORY"),
): Promise<SocialDisclosureItem[]> {
  return db.socialDisclosure.findMany({
    where: socialDisclosureWhere(viewer) as Prisma.SocialDisclosureWhereInput,
    select: disclosureFields,
    orderBy: [{ disclosedAt: "desc" }, { id: "asc" }],
  });
}
