import "server-only";
import { addDays, helsinkiDate, helsinkiMidnight } from "@/domain/dates";
import { prescriptionWhere, type Viewer } from "@/domain/visibility";
import type { Prisma } from "@/generated/prisma/client";
import { listFilterWhere } from "./status-where";
import type { Db } from "./viewer";

/** Front page: valid prescriptions whose last valid day falls within the next 30 days. */
export async function countExpiringPrescriptions(db: Db, viewer: Viewer): Promise<number> {
  const until = helsinkiMidnight(addDays(helsinkiDate(viewer.now), 31));
  const where = {
    AND: [prescriptionWhere(viewer), listFilterWhere("valid", viewer.now), { validUntil: { lt: until } }],
  } as Prisma.PrescriptionWhereInput;
  return db.prescription.count({ where });
}
