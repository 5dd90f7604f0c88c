import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import {
  MEASUREMENT_CHART_POINTS,
  MEASUREMENT_HISTORY_PAGE_SIZE,
  MEASUREMENT_KINDS,
  type MeasurementKind,
} from "@/domain/measurements";
import { measurementOwnerId, measurementWhere, type Viewer } from "@/domain/visibility";
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
 * The subject's own measurements, the latest of each kind, oldest first (for the chart and the
 * table). One statement: a bounded index read per kind (LATERAL ... LIMIT), so one busy kind cannot
 * crowd out the others and the work does not grow with the history. Only the owner gets rows
 * (V-HEALTH-8).
 */
export async function listMeasurements(
  viewer: Viewer,
  db: Db = serviceDb("OWN_DATA_REPOSITORY"),
  perKind = MEASUREMENT_CHART_POINTS,
): Promise<MeasurementSeries[]> {
  const ownerId = measurementOwnerId(viewer);
  const rows = ownerId
    ? await db.$queryRaw<(MeasurementItem & { kind: string })[]>`
        SELECT m."id", k."kind"::text AS "kind", m."value", m."value2", m."measuredAt"
        FROM unnest(${[...MEASUREMENT_KINDS]}::text[]) AS k("kind")
        CROSS JOIN LATERAL (
          SELECT "id", "value", "value2", "measuredAt" FROM "Measurement"
          WHERE "personId" = ${ownerId} AND "kind" = k."kind"::"MeasurementKind"
          ORDER BY "measuredAt" DESC, "id" ASC
          LIMIT ${perKind + 1}
        ) m
        ORDER BY m."measuredAt" DESC, m."id" ASC`
    : [];
  return MEASUREMENT_KINDS.map((kind) => {
    const latestFirst = rows.filter((r) => r.kind === kind).map((r) => ({ ...r, kind }));
    return { kind, rows: latestFirst.slice(0, perKind).reverse(), hasMore: latestFirst.length > perKind };
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
