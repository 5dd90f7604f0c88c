import "server-only";
import { type Db } from "@/server/db";
import { serviceDb } from "@/server/kanta/service-status";
import { documentFields, visibleDocument } from "./document-where";
import { pageArgs, toPage, type PageRequest } from "./paging";
import type { Viewer } from "./viewer";

/** Certificates and statements with their full text, newest first. */
export async function listCertificates(v: Viewer, paging: PageRequest, db: Db = serviceDb("PATIENT_DATA_REPOSITORY")) {
  const rows = await db.certificate.findMany({
    where: visibleDocument(v),
    orderBy: [{ document: { recordedAt: "desc" } }, { id: "asc" }],
    ...pageArgs(paging),
    select: { id: true, kind: true, title: true, text: true, validUntil: true, document: documentFields },
  });
  return toPage(rows, paging);
}
