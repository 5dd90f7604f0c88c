import "server-only";
import { getPrisma, type Db } from "@/server/db";
import { documentFields, visibleDocument } from "./document-where";
import { pageArgs, toPage, type PageRequest } from "./paging";
import type { Viewer } from "./viewer";

/** Risk information (allergies, hypersensitivities, ...): a summary, all of it. */
export async function listRiskInformation(v: Viewer, paging: PageRequest, db: Db = getPrisma()) {
  const rows = await db.riskInformation.findMany({
    where: visibleDocument(v),
    orderBy: [{ document: { recordedAt: "desc" } }, { id: "asc" }],
    ...pageArgs(paging),
    select: { id: true, kind: true, description: true, severity: true, document: documentFields },
  });
  return toPage(rows, paging);
}
