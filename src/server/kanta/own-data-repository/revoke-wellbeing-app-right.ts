import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { wellbeingAppRightWhere, type Viewer } from "@/domain/visibility";
import { type Db } from "@/server/db";
import { serviceDb } from "@/server/kanta/service-status";

/**
 * V-WB-2: removes an application's right (sets revokedAt; the row stays as a record). Only a right of
 * the subject that is still in force matches, so a forged id or a second click changes nothing.
 * Returns whether a right was removed.
 */
export async function revokeWellbeingAppRight(
  viewer: Viewer,
  id: string,
  db: Db = serviceDb("OWN_DATA_REPOSITORY"),
): Promise<boolean> {
  const { count } = await db.wellbeingAppRight.updateMany({
    where: { AND: [wellbeingAppRightWhere(viewer), { id }] } as Prisma.WellbeingAppRightWhereInput,
    data: { revokedAt: viewer.now },
  });
  return count === 1;
}
