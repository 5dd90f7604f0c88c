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
  // The visibility check (a document subquery per visit) runs once: the span and the units come
  // out of one grouped query, and the organisations are then read by key.
  const byUnit = await db.serviceEvent.groupBy({
    by: ["unitId"],
    where: visibleVisitsWhere(v, { range: {} }),
    _min: { startAt: true },
    _max: { startAt: true },
  });
  const units = byUnit.length
    ? await db.careUnit.findMany({
        where: { id: { in: byUnit.map((u) => u.unitId) } },
        distinct: ["organisation"],
        orderBy: { organisation: "asc" },
        select: { organisation: true },
      })
    : [];
  // startAt is required, so every group has both ends.
  const years: number[] = [];
  if (byUnit.length) {
    const first = helsinkiDate(new Date(Math.min(...byUnit.map((u) => u._min.startAt!.getTime())))).year;
    const last = helsinkiDate(new Date(Math.max(...byUnit.map((u) => u._max.startAt!.getTime())))).year;
    for (let y = last; y >= first; y--) years.push(y);
  }
  return { organisations: units.map((u) => u.organisation), years };
}
