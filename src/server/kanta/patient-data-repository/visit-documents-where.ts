import "server-only";
import { visitDocumentWhere, type Viewer } from "@/domain/visibility";
import type { Prisma } from "@/generated/prisma/client";

/**
 * V-HEALTH-3 by kind of visit: an outpatient visit shows all its visible documents, any other kind
 * (an inpatient episode) only medication and summaries. One table for both queries below.
 */
const BY_KIND = [
  { visit: { kind: "OUTPATIENT" }, rule: "OUTPATIENT" },
  { visit: { kind: { not: "OUTPATIENT" } }, rule: "INPATIENT" },
] as const satisfies readonly { visit: Prisma.ServiceEventWhereInput; rule: "OUTPATIENT" | "INPATIENT" }[];

const documentsOf = (v: Viewer, rule: "OUTPATIENT" | "INPATIENT") =>
  visitDocumentWhere(v, rule) as Prisma.HealthDocumentWhereInput;

/**
 * The documents shown under a visit, whatever its kind. The kind is read from the document's own
 * service event so one query serves a list that mixes both kinds.
 */
export function visibleVisitDocumentsWhere(v: Viewer): Prisma.HealthDocumentWhereInput {
  return { OR: BY_KIND.map(({ visit, rule }) => ({ AND: [documentsOf(v, rule), { serviceEvent: { is: visit } }] })) };
}

/**
 * The visits with at least one document to show. The kind is the visit's own, so the document
 * subquery needs no join back to the visit it already belongs to.
 */
export function visitHasVisibleDocumentsWhere(v: Viewer): Prisma.ServiceEventWhereInput {
  return { OR: BY_KIND.map(({ visit, rule }) => ({ ...visit, documents: { some: documentsOf(v, rule) } })) };
}
