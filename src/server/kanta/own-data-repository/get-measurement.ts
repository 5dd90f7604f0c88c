import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { measurementWhere, type Viewer } from "@/domain/visibility";
import { type Db } from "@/server/db";
import { serviceDb } from "@/server/kanta/service-status";
import { measurementFields } from "./list-measurements";

export type MeasurementDetail = Prisma.MeasurementGetPayload<{ select: typeof measurementFields }>;

/** One of the subject's own measurements (for the delete confirmation), or null. */
export async function getMeasurement(
  viewer: Viewer,
  id: string,
  db: Db = serviceDb("OWN_DATA_REPOSITORY"),
): Promise<MeasurementDetail | null> {
  return db.measurement.findFirst({
    where: { AND: [measurementWhere(viewer), { id }] } as Prisma.MeasurementWhereInput,
    select: measurementFields,
  });
}
