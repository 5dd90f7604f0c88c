import "server-only";
import {
  dateRangeWhere,
  healthDisclosureWhere,
  prescriptionDisclosureWhere,
  socialDisclosureWhere,
  type Viewer,
} from "@/domain/visibility";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";

// C-6: where the subject's prescriptions, health data and social data were disclosed: which
// organisation or pharmacy, when, what. The where-builders carry the matrix and footnote * (a
// guardian sees prescription events only from before the child turned 10). Units, never people.

/** An inclusive range of instants; an open end is absent. */
export type DisclosureRange = { from?: Date; to?: Date };

/** Rows per part; the page says when there are more and suggests a narrower date range. */
export const DISCLOSURE_LIMIT = 200;

function limited<T>(rows: T[]) {
  return { rows: rows.slice(0, DISCLOSURE_LIMIT), more: rows.length > DISCLOSURE_LIMIT };
}

export async function listPrescriptionDisclosures(db: Db, v: Viewer, range: DisclosureRange) {
  const rows = await db.prescriptionDisclosure.findMany({
    where: { AND: [prescriptionDisclosureWhere(v), dateRangeWhere("disclosedAt", range)] } as Prisma.PrescriptionDisclosureWhereInput,
    orderBy: [{ disclosedAt: "desc" }, { id: "asc" }],
    take: DISCLOSURE_LIMIT + 1,
    select: {
      id: true,
      recipient: true,
      disclosedAt: true,
      what: true,
      prescription: { select: { drugName: true, strength: true } },
    },
  });
  return limited(rows);
}

export async function listHealthDisclosures(db: Db, v: Viewer, range: DisclosureRange) {
  const rows = await db.healthDisclosure.findMany({
    where: { AND: [healthDisclosureWhere(v), dateRangeWhere("disclosedAt", range)] } as Prisma.HealthDisclosureWhereInput,
    orderBy: [{ disclosedAt: "desc" }, { id: "asc" }],
    take: DISCLOSURE_LIMIT + 1,
    select: { id: true, recipient: true, disclosedAt: true, what: true, basis: true },
  });
  return limited(rows);
}

export async function listSocialDisclosures(db: Db, v: Viewer, range: DisclosureRange) {
  const rows = await db.socialDisclosure.findMany({
    where: { AND: [socialDisclosureWhere(v), dateRangeWhere("disclosedAt", range)] } as Prisma.SocialDisclosureWhereInput,
    orderBy: [{ disclosedAt: "desc" }, { id: "asc" }],
    take: DISCLOSURE_LIMIT + 1,
    select: { id: true, recipient: true, disclosedAt: true, what: true, basis: true },
  });
  return limited(rows);
}
