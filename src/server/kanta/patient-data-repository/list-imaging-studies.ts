import "server-only";
import { dateRangeWhere } from "@/domain/visibility";
import type { Prisma } from "@/generated/prisma/client";
import { type Db } from "@/server/db";
import { serviceDb } from "@/server/kanta/service-status";
import { documentFields, visibleDocument } from "./document-where";
import { pageArgs, toPage, type PageRequest } from "./paging";
import type { DateRange, Viewer } from "./viewer";

/** Imaging studies with their statements, newest first, in the date window (V-HEALTH-9). */
export async function listImagingStudies(
  v: Viewer,
  range: DateRange,
  paging: PageRequest,
  db: Db = serviceDb("PATIENT_DATA_REPOSITORY"),
) {
  const rows = await db.imagingStudy.findMany({
    where: { AND: [visibleDocument(v), dateRangeWhere("studyAt", range) as Prisma.ImagingStudyWhereInput] },
    orderBy: [{ studyAt: "desc" }, { id: "asc" }],
    ...pageArgs(paging),
    select: {
      id: true,
      modality: true,
      bodyPart: true,
      studyAt: true,
      statement: true,
      document: documentFields,
    },
  });
  return toPage(rows, paging);
}
