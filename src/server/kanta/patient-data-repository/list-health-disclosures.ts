import "server-only";
import { dateRangeWhere, healthDisclosureWhere } from "@/domain/visibility";
import type { Prisma } from "@/generated/prisma/client";
import { type Db } from "@/server/db";
import { serviceDb } from "@/server/kanta/service-status";
import { pageArgs, toPage, type PageRequest } from "./paging";
import type { DateRange, Viewer } from "./viewer";

/** C-6: where the subject's health data went (organisations only), newest first. */
export async function listHealthDisclosures(
  v: Viewer,
  range: DateRange,
  paging: PageRequest,
  db: Db = serviceDb("PATIENT_DATA_REPOSITORY"),
) {
  const rows = await db.healthDisclosure.findMany({
    where: {
      AND: [
        healthDisclosureWhere(v),
        dateRangeWhere("disclosedAt", range),
      ] as Prisma.HealthDisclosureWhereInput[],
    },
    orderBy: [{ disclosedAt: "desc" }, { id: "asc" }],
    ...pageArgs(paging),
    select: { id: true, recipient: true, disclosedAt: true, what: true, basis: true },
  });
  return toPage(rows, paging);
}
