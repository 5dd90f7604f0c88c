import "server-only";
import type { Viewer } from "@/domain/visibility";
import type { Db } from "@/server/db";
import { labListDateWhere, visibleLabResultsWhere } from "./lab-results-where";

/** Front page: visible lab results listed within the last 30 days (V-HEALTH-9 dating). */
export async function countRecentLabResults(db: Db, viewer: Viewer): Promise<number> {
  const from = new Date(viewer.now.getTime() - 30 * 24 * 60 * 60 * 1000);
  return db.labResult.count({ where: { AND: [visibleLabResultsWhere(viewer), labListDateWhere({ from, to: viewer.now })] } });
}
