import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { MEASUREMENT_KINDS, type MeasurementKind } from "@/domain/measurements";
import { measurementWhere, type Viewer } from "@/domain/visibility";
import { type Db } from "@/server/db";
import { serviceDb } from "@/server/kanta/service-status";

export const measurementFields = {
  id: true,
  kind: true,
  value: true,
  value2: true,
  measuredAt: true,
} as const satisfies Prisma.MeasurementSelect;

export type MeasurementItem = Prisma.MeasurementGetPayload<{ select: typeof measurementFields }>;
export type MeasurementSeries = { kind: MeasurementKind; rows: MeasurementItem[]; hasMore: boolean };

/** How many of the latest measurements of each kind the page shows. */
export const MEASUREMENTS_PER_KIND = 50;

/**
 * The subject's own measurements, the latest of each kind, oldest first (for the table and the
 * chart). One query per kind, so one busy kind cannot crowd out the others: five queries always.
 * Only the owner gets rows (V-HEALTH-8).
 */
export async function listMeasurements(
  viewer: Viewer,
  db: Db = serviceDb("OWN_DATA_REPOSITORY"),
  perKind = MEASUREMENTS_PER_KIND,
): Promise<MeasurementSeries[]> {
  const visible = measurementWhere(viewer);
  const lists = await Promise.all(
    MEASUREMENT_KINDS.map((kind) =>
      db.measurement.findMany({
        where: { AND: [visible, { kind }] } as Prisma.MeasurementWhereInput,
        select: measurementFields,
        orderBy: [{ measuredAt: "desc" }, { id: "asc" }],
        take: perKind + 1,
      }),
    ),
  );
  return MEASUREMENT_KINDS.map((kind, i) => {
    const rows = lists[i] ?? [];
    return { kind, rows: rows.slice(0, perKind).reverse(), hasMore: rows.length > perKind };
  });
}
