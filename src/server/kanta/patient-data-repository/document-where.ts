import "server-only";
import { healthDocumentWhere, type Viewer } from "@/domain/visibility";
import type { Prisma } from "@/generated/prisma/client";

/** For rows that hang off a HealthDocument: the row loads only if its document may be shown. */
export function visibleDocument(v: Viewer): { document: { is: Prisma.HealthDocumentWhereInput } } {
  return { document: { is: healthDocumentWhere(v) as Prisma.HealthDocumentWhereInput } };
}

/** The document fields the summary pages show beside each row. */
export const documentFields = {
  select: {
    title: true,
    language: true,
    recordedAt: true,
    authorName: true,
    serviceEvent: { select: { unit: { select: { name: true } } } },
  },
} as const satisfies { select: Prisma.HealthDocumentSelect };
