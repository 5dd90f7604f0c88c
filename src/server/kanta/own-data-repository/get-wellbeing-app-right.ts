import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { wellbeingAppRightWhere, type Viewer } from "@/domain/visibility";
import { type Db } from "@/server/db";
import { serviceDb } from "@/server/kanta/service-status";
import { appRightFields, type WellbeingAppRightItem } from "./list-wellbeing-app-rights";

/** One right still in force (for the removal confirmation), or null. */
export async function getWellbeingAppRight(
  viewer: Viewer,
  id: string,
  db: Db = serviceDb("OWN_DATA_REPOSITORY"),
): Promise<WellbeingAppRightItem | null> {
  return db.wellbeingAppRight.findFirst({
    where: { AND: [wellbeingAppRightWhere(viewer), { id }] } as Prisma.WellbeingAppRightWhereInput,
    select: appRightFields,
  });
}
