import "server-only";
import { visitDocumentWhere, type Viewer } from "@/domain/visibility";
import type { Prisma } from "@/generated/prisma/client";

/**
 * The documents shown under a visit, whatever its kind: all visible documents of an outpatient
 * visit, only medication and summaries of an inpatient episode (V-HEALTH-3). The kind is read from
 * the document's own service event so one query serves a list that mixes both kinds.
 */
export function visibleVisitDocumentsWhere(v: Viewer): Prisma.HealthDocumentWhereInput {
  return {
    OR: [
      {
        AND: [
          visitDocumentWhere(v, "OUTPATIENT") as Prisma.HealthDocumentWhereInput,
          { serviceEvent: { is: { kind: "OUTPATIENT" } } },
        ],
      },
      {
        AND: [
          visitDocumentWhere(v, "INPATIENT") as Prisma.HealthDocumentWhereInput,
          { serviceEvent: { is: { kind: { not: "OUTPATIENT" } } } },
        ],
      },
    ],
  };
}

/**
 * The visits with at least one document to show (V-HEALTH-3). The kind is the visit's own, so the
 * document subquery needs no join back to the visit it already belongs to.
 */
export function visitHasVisibleDocumentsWhere(v: Viewer): Prisma.ServiceEventWhereInput {
  return {
    OR: [
      {
        kind: "OUTPATIENT",
        documents: { some: visitDocumentWhere(v, "OUTPATIENT") as Prisma.HealthDocumentWhereInput },
      },
      {
        kind: { not: "OUTPATIENT" },
        documents: { some: visitDocumentWhere(v, "INPATIENT") as Prisma.HealthDocumentWhereInput },
      },
    ],
  };
}
