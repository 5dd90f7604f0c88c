import "server-only";
import { helsinkiDate } from "@/domain/dates";
import { viewerKey } from "@/domain/visibility";
import { ttlCache } from "@/server/ttl-cache";
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

// The choices span the whole visible history (for the heavy persona 1 200 visits and 2 358
// documents: about 3 ms of PostgreSQL), and they change only when records are archived. Kept for
// 30 s per viewer (role, subject and Helsinki day: see viewerKey); time only ever adds visits to
// the choices (a delayed display ends), so a kept answer can lack a new choice for 30 s, and after a
// record is cancelled it can offer a choice that now lists nothing, for as long.
const FILTER_OPTIONS_TTL_MS = 30_000;
const kept = ttlCache<Awaited<ReturnType<typeof listVisitFilterOptions>>>(FILTER_OPTIONS_TTL_MS, 2_000);

/** listVisitFilterOptions for the health page, kept briefly per viewer. */
export function visitFilterOptionsForPage(v: Viewer) {
  return kept.get(viewerKey(v), Date.now(), () => listVisitFilterOptions(v));
}
