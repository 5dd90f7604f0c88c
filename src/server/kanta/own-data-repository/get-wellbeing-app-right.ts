import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { wellbeingAppRightWhere, type Viewer } from "@/domain/visibility";
import { getPrisma, type Db } from "@/server/db";
import { appRightFields, type WellbeingAppRightItem } from "./list-wellbeing-app-rights";

/** One right still in force (for the removal confirmation), or null. */
export async function getWellbeingAppRight(
  viewer: Viewer,
  id: string,
  db: Db = getPrisma(),
): Promise<WellbeingAppRightItem | null> {
  return db.wellbeingAppRight.findFirst({
    where: { AND: [wellbeingAppRightWhere(viewer), { id }] } as Prisma.WellbeingAppRightWhereInput,
    select: appRightFields,
  });
}
