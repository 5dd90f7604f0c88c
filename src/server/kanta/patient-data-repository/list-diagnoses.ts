import "server-only";
import { type Db } from "@/server/db";
import { serviceDb } from "@/server/kanta/service-status";
import { documentFields, visibleDocument } from "./document-where";
import { pageArgs, toPage, type PageRequest } from "./paging";
import type { Viewer } from "./viewer";

/** Diagnoses (ICD-10), permanent ones first: a summary of the whole record, not only 12 months. */
export async function listDiagnoses(v: Viewer, paging: PageRequest, db: Db = serviceDb("PATIENT_DATA_REPOSITORY")) {
  const rows = await db.diagnosis.findMany({
    where: visibleDocument(v),
    orderBy: [{ permanent: "desc" }, { document: { recordedAt: "desc" } }, { id: "asc" }],
    ...pageArgs(paging),
    select: { id: true, icd10: true, name: true, primary: true, permanent: true, document: documentFields },
  });
  return toPage(rows, paging);
}
