import "server-only";
import { type Db } from "@/server/db";
import { serviceDb } from "@/server/kanta/service-status";
import { documentFields, visibleDocument } from "./document-where";
import { pageArgs, toPage, type PageRequest } from "./paging";
import type { Viewer } from "./viewer";

/** Risk information (allergies, hypersensitivities, ...): a summary, all of it. */
export async function listRiskInformation(v: Viewer, paging: PageRequest, db: Db = serviceDb("PATIENT_DATA_REPOSITORY")) {
  const rows = await db.riskInformation.findMany({
    where: visibleDocument(v),
    orderBy: [{ document: { recordedAt: "desc" } }, { id: "asc" }],
    ...pageArgs(paging),
    select: { id: true, kind: true, description: true, severity: true, document: documentFields },
  });
  return toPage(rows, paging);
}
