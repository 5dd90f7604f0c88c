import "server-only";
import { dateRangeWhere, healthDocumentWhere, type Viewer } from "@/domain/visibility";
import type { Prisma } from "@/generated/prisma/client";
import type { DateRange } from "./viewer";

/** Results of visible documents only: held-back ones never load (V-HEALTH-9). */
export function visibleLabResultsWhere(v: Viewer): Prisma.LabResultWhereInput {
  // patientId on the result itself lets the database start from the patient's index entry.
  return {
    patientId: v.subject.id,
    document: { is: healthDocumentWhere(v) as Prisma.HealthDocumentWhereInput },
  };
}

/**
 * V-HEALTH-9: a result belongs to the date of its service event, or its sampling time when it has
 * none; that date is stored with the result (listDate), so the date search filters on the same
 * date the list shows.
 */
export function labListDateWhere(range: DateRange): Prisma.LabResultWhereInput {
  return dateRangeWhere("listDate", range) as Prisma.LabResultWhereInput;
}

/** What showing one value needs (the health pages' LabValue, with its test). */
export const labValueFields = {
  id: true,
  testCode: true,
  testName: true,
  value: true,
  valueText: true,
  unit: true,
  refLow: true,
  refHigh: true,
  refText: true,
  abnormal: true,
} as const satisfies Prisma.LabResultSelect;

export const labResultFields = {
  ...labValueFields,
  sampledAt: true,
  document: {
    select: { language: true, serviceEvent: { select: { startAt: true, unit: { select: { name: true } } } } },
  },
} as const satisfies Prisma.LabResultSelect;
