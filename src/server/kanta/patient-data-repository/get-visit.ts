import "server-only";
import { type Db } from "@/server/db";
import { serviceDb } from "@/server/kanta/service-status";
import { labValueFields } from "./lab-results-where";
import { visibleVisitDocumentsWhere } from "./visit-documents-where";
import type { Viewer } from "./viewer";

/**
 * One visit or episode with the documents shown under it (V-HEALTH-1..4). Null when it is not the
 * subject's, or nothing of it may be shown: the page answers 404 either way, revealing nothing.
 */
export async function getVisit(v: Viewer, id: string, db: Db = serviceDb("PATIENT_DATA_REPOSITORY")) {
  const docs = visibleVisitDocumentsWhere(v);
  return db.serviceEvent.findFirst({
    where: { id, patientId: v.subject.id, documents: { some: docs } },
    select: {
      id: true,
      kind: true,
      startAt: true,
      endAt: true,
      professionalName: true,
      language: true,
      unit: { select: { name: true, organisation: true } },
      documents: {
        where: docs,
        orderBy: [{ recordedAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          type: true,
          title: true,
          text: true,
          language: true,
          recordedAt: true,
          authorName: true,
          diagnoses: { select: { id: true, icd10: true, name: true, primary: true, permanent: true } },
          labResults: { orderBy: { testName: "asc" }, select: labValueFields },
          imaging: { select: { id: true, modality: true, bodyPart: true, statement: true } },
          risks: { select: { id: true, kind: true, description: true, severity: true } },
          vaccinations: { select: { id: true, vaccine: true, dose: true, batch: true } },
          certificates: { select: { id: true, kind: true, title: true, text: true, validUntil: true } },
        },
      },
    },
  });
}

export type VisitDetail = NonNullable<Awaited<ReturnType<typeof getVisit>>>;
