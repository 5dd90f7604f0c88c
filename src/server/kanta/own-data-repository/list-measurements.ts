import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import {
  MEASUREMENT_CHART_POINTS,
  MEASUREMENT_HISTORY_PAGE_SIZE,
  MEASUREMENT_KINDS,
  type MeasurementKind,
} from "@/domain/measurements";
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


/**
 * The subject's own measurements, the latest of each kind, oldest first (for the table and the
 * chart). One query per kind, so one busy kind cannot crowd out the others: five queries always.
 * Only the owner gets rows (V-HEALTH-8).
 */
export async function listMeasurements(
  viewer: Viewer,
  db: Db = serviceDb("OWN_DATA_REPOSITORY"),
  perKind = MEASUREMENT_CHART_POINTS,
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

export type MeasurementHistoryPage = { kind: MeasurementKind; rows: MeasurementItem[]; page: number; hasNext: boolean };

/**
 * V-WB-1: every saved measurement of one kind, newest first, one page at a time (one query: a row
 * past the page tells whether there is a next one). Only the owner gets rows (V-HEALTH-8).
 */
export async function listMeasurementHistory(
  viewer: Viewer,
  kind: MeasurementKind,
  page: number,
  db: Db = serviceDb("OWN_DATA_REPOSITORY"),
  size = MEASUREMENT_HISTORY_PAGE_SIZE,
): Promise<MeasurementHistoryPage> {
  const rows = await db.measurement.findMany({
    where: { AND: [measurementWhere(viewer), { kind }] } as Prisma.MeasurementWhereInput,
    select: measurementFields,
    orderBy: [{ measuredAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * size,
    take: size + 1,
  });
  return { kind, rows: rows.slice(0, size), page, hasNext: rows.length > size };
}
