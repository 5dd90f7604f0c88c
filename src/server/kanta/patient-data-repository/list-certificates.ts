import "server-only";
import { getPrisma, type Db } from "@/server/db";
import { documentFields, visibleDocument } from "./document-where";
import { pageArgs, toPage, type PageRequest } from "./paging";
import type { Viewer } from "./viewer";

/** Certificates and statements with their full text, newest first. */
export async function listCertificates(v: Viewer, paging: PageRequest, db: Db = getPrisma()) {
  const rows = await db.certificate.findMany({
    where: visibleDocument(v),
    orderBy: [{ document: { recordedAt: "desc" } }, { id: "asc" }],
    ...pageArgs(paging),
    select: { id: true, kind: true, title: true, text: true, validUntil: true, document: documentFields },
  });
  return toPage(rows, paging);
}
