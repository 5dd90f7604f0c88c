import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { wellbeingAppRightWhere, type Viewer } from "@/domain/visibility";
import { type Db } from "@/server/db";
import { serviceDb } from "@/server/kanta/service-status";

export const appRightFields = {
  id: true,
  scope: true,
  grantedAt: true,
  app: { select: { name: true, vendor: true } },
} as const satisfies Prisma.WellbeingAppRightSelect;

export type WellbeingAppRightItem = Prisma.WellbeingAppRightGetPayload<{ select: typeof appRightFields }>;

/** V-WB-2: the applications that still hold a right to the subject's wellbeing data (one query). */
export async function listWellbeingAppRights(
  viewer: Viewer,
  db: Db = serviceDb("OWN_DATA_REPOSITORY"),
): Promise<WellbeingAppRightItem[]> {
  return db.wellbeingAppRight.findMany({
    where: wellbeingAppRightWhere(viewer) as Prisma.WellbeingAppRightWhereInput,
    select: appRightFields,
    orderBy: [{ grantedAt: "desc" }, { id: "asc" }],
  });
}
