import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { measurementWhere, type Viewer } from "@/domain/visibility";
import { type Db } from "@/server/db";
import { serviceDb } from "@/server/kanta/service-status";

/**
 * V-WB-1: deletes one of the subject's own measurements. The id comes from a form and is never
 * trusted: the owner condition is part of the delete itself, so another person's id deletes nothing.
 * Returns whether a row was deleted.
 */
export async function deleteMeasurement(viewer: Viewer, id: string, db: Db = serviceDb("OWN_DATA_REPOSITORY")): Promise<boolean> {
  const { count } = await db.measurement.deleteMany({
    where: { AND: [measurementWhere(viewer), { id }] } as Prisma.MeasurementWhereInput,
  });
  return count === 1;
}
