import "server-only";
import { type Db } from "@/server/db";
import { serviceDb } from "@/server/kanta/service-status";
import { documentFields, visibleDocument } from "./document-where";
import { pageArgs, toPage, type PageRequest } from "./paging";
import type { Viewer } from "./viewer";

/** Vaccinations given, newest first: a summary, all of it. */
export async function listVaccinations(v: Viewer, paging: PageRequest, db: Db = serviceDb("PATIENT_DATA_REPOSITORY")) {
  const rows = await db.vaccination.findMany({
    where: visibleDocument(v),
    orderBy: [{ givenAt: "desc" }, { id: "asc" }],
    ...pageArgs(paging),
    select: {
      id: true,
      vaccine: true,
      atcCode: true,
      dose: true,
      givenAt: true,
      batch: true,
      document: documentFields,
    },
  });
  return toPage(rows, paging);
}
