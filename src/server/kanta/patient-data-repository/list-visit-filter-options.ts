import "server-only";
import { helsinkiDate } from "@/domain/dates";
import { type Db } from "@/server/db";
import { serviceDb } from "@/server/kanta/service-status";
import { visibleVisitsWhere } from "./list-visits";
import type { Viewer } from "./viewer";

/**
 * The choices of the timeline filter, from what this viewer may see only: the organisations and
 * the years that have visible visits (so a guardian's choices reveal nothing hidden).
 */
export async function listVisitFilterOptions(v: Viewer, db: Db = serviceDb("PATIENT_DATA_REPOSITORY")) {
  const where = visibleVisitsWhere(v, { range: {} });
  const [units, span] = await Promise.all([
    db.careUnit.findMany({
      where: { serviceEvents: { some: where } },
      distinct: ["organisation"],
      orderBy: { organisation: "asc" },
      select: { organisation: true },
    }),
    db.serviceEvent.aggregate({ where, _min: { startAt: true }, _max: { startAt: true } }),
  ]);
  const first = span._min.startAt ? helsinkiDate(span._min.startAt).year : null;
  const last = span._max.startAt ? helsinkiDate(span._max.startAt).year : null;
  const years: number[] = [];
  if (first !== null && last !== null) for (let y = last; y >= first; y--) years.push(y);
  return { organisations: units.map((u) => u.organisation), years };
}
