import "server-only";
import { dateRangeWhere } from "@/domain/visibility";
import type { Prisma } from "@/generated/prisma/client";
import { type Db } from "@/server/db";
import { serviceDb } from "@/server/kanta/service-status";
import { pageArgs, toPage, type PageRequest } from "./paging";
import { visibleVisitDocumentsWhere, visitHasVisibleDocumentsWhere } from "./visit-documents-where";
import type { DateRange, Viewer } from "./viewer";

export type VisitFilter = { range: DateRange; organisation?: string; kind?: "OUTPATIENT" | "INPATIENT" };

/** The subject's visits and episodes that have something to show: one that shows nothing is not listed. */
export function visibleVisitsWhere(v: Viewer, filter: VisitFilter): Prisma.ServiceEventWhereInput {
  return {
    AND: [
      { patientId: v.subject.id },
      dateRangeWhere("startAt", filter.range) as Prisma.ServiceEventWhereInput,
      filter.organisation ? { unit: { is: { organisation: filter.organisation } } } : {},
      filter.kind ? { kind: filter.kind } : {},
      visitHasVisibleDocumentsWhere(v),
    ],
  };
}

/** The timeline (V-HEALTH-3, V-HEALTH-9): newest first, with the titles of the documents shown. */
export async function listVisits(
  v: Viewer,
  filter: VisitFilter,
  paging: PageRequest,
  db: Db = serviceDb("PATIENT_DATA_REPOSITORY"),
) {
  const rows = await db.serviceEvent.findMany({
    where: visibleVisitsWhere(v, filter),
    orderBy: [{ startAt: "desc" }, { id: "asc" }],
    ...pageArgs(paging),
    select: {
      id: true,
      kind: true,
      startAt: true,
      endAt: true,
      professionalName: true,
      unit: { select: { name: true, organisation: true } },
      documents: {
        where: visibleVisitDocumentsWhere(v),
        orderBy: [{ recordedAt: "asc" }, { id: "asc" }],
        select: { id: true, type: true, title: true, language: true },
      },
    },
  });
  return toPage(rows, paging);
}

export type VisitListItem = Awaited<ReturnType<typeof listVisits>>["items"][number];
