import "server-only";
import { labResultListDate } from "@/domain/visibility";
import { type Db } from "@/server/db";
import { serviceDb } from "@/server/kanta/service-status";
import { labResultFields, visibleLabResultsWhere } from "./lab-results-where";
import type { Viewer } from "./viewer";

/** Enough points for a readable chart; older ones are left out. */
export const LAB_HISTORY_LIMIT = 100;

/** One test's visible history, oldest first, dated like the list (V-HEALTH-9). Empty → the page answers 404. */
export async function getLabHistory(v: Viewer, testCode: string, db: Db = serviceDb("PATIENT_DATA_REPOSITORY")) {
  const rows = await db.labResult.findMany({
    where: { AND: [visibleLabResultsWhere(v), { testCode }] },
    orderBy: [{ sampledAt: "desc" }, { id: "asc" }],
    take: LAB_HISTORY_LIMIT,
    select: labResultFields,
  });
  return rows
    .map(({ document, ...r }) => ({
      ...r,
      listDate: labResultListDate(r, document.serviceEvent),
      language: document.language,
    }))
    .sort((a, b) => a.listDate.getTime() - b.listDate.getTime());
}

export type LabHistoryPoint = Awaited<ReturnType<typeof getLabHistory>>[number];
