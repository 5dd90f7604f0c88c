import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { measurementWhere, type Viewer } from "@/domain/visibility";
import { getPrisma, type Db } from "@/server/db";

const measurementFields = {
  id: true,
  kind: true,
  value: true,
  value2: true,
  measuredAt: true,
} as const satisfies Prisma.MeasurementSelect;

export type MeasurementDetail = Prisma.MeasurementGetPayload<{ select: typeof measurementFields }>;

/** One of the subject's own measurements (for the delete confirmation), or null. */
export async function getMeasurement(
  viewer: Viewer,
  id: string,
  db: Db = getPrisma(),
): Promise<MeasurementDetail | null> {
  return db.measurement.findFirst({
    where: { AND: [measurementWhere(viewer), { id }] } as Prisma.MeasurementWhereInput,
    select: measurementFields,
  });
}
