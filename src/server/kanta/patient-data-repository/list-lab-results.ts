import "server-only";
import { helsinkiDate, dayKey } from "@/domain/dates";
import { labResultListDate } from "@/domain/visibility";
import { type Db } from "@/server/db";
import { serviceDb } from "@/server/kanta/service-status";
import { labListDateWhere, labResultFields, visibleLabResultsWhere } from "./lab-results-where";
import { pageArgs, toPage, type PageRequest } from "./paging";
import type { DateRange, Viewer } from "./viewer";

type Row = Awaited<ReturnType<typeof findRows>>[number];
export type LabListRow = Omit<Row, "document"> & {
  listDate: Date;
  language: string;
  unitName: string | null;
};
export type LabDateGroup = { listDate: Date; unitName: string | null; results: LabListRow[] };

function findRows(v: Viewer, range: DateRange, paging: PageRequest, db: Db) {
  return db.labResult.findMany({
    where: { AND: [visibleLabResultsWhere(v), labListDateWhere(range)] },
    orderBy: [{ listDate: "desc" }, { sampledAt: "desc" }, { testName: "asc" }, { id: "asc" }],
    ...pageArgs(paging),
    select: labResultFields,
  });
}

/** Lab results grouped under the date of their service event (V-HEALTH-9), newest first. */
export async function listLabResults(
  v: Viewer,
  range: DateRange,
  paging: PageRequest,
  db: Db = serviceDb("PATIENT_DATA_REPOSITORY"),
) {
  const page = toPage(await findRows(v, range, paging, db), paging);
  const groups = new Map<string, LabDateGroup>();
  for (const { document, ...r } of page.items) {
    const listDate = labResultListDate(r, document.serviceEvent);
    const unitName = document.serviceEvent?.unit.name ?? null;
    const key = `${dayKey(helsinkiDate(listDate))}|${unitName ?? ""}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { listDate, unitName, results: [] }));
    group.results.push({ ...r, listDate, language: document.language, unitName });
  }
  const sorted = [...groups.values()].sort((a, b) => b.listDate.getTime() - a.listDate.getTime());
  return { groups: sorted, page: page.page, hasNext: page.hasNext };
}
