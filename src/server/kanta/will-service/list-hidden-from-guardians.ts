import "server-only";
import { hiddenFromGuardiansWhere, prescriptionWhere, socialDocumentWhere, type Viewer } from "@/domain/visibility";
import type { Prisma } from "@/generated/prisma/client";
import type { Reader } from "./common";

// The `limited` cells of the matrix: a minor managing the use of their health and prescription
// data may only see which of their data are hidden from their guardians. Only for the minor.

const LIMIT = 200;

export async function listHealthHiddenFromGuardians(db: Reader, v: Viewer) {
  if (v.role !== "minor") return [];
  return db.healthDocument.findMany({
    where: hiddenFromGuardiansWhere(v) as Prisma.HealthDocumentWhereInput,
    orderBy: [{ recordedAt: "desc" }, { id: "asc" }],
    take: LIMIT,
    select: { id: true, title: true, type: true, recordedAt: true, serviceEvent: { select: { unit: { select: { name: true } } } } },
  });
}

/** Visible to the minor and not to a guardian: the guardian filter of prescriptions, negated. */
export async function listPrescriptionsHiddenFromGuardians(db: Reader, v: Viewer) {
  if (v.role !== "minor") return [];
  const asGuardian: Viewer = { ...v, role: "guardian" };
  return db.prescription.findMany({
    where: { AND: [prescriptionWhere(v), { NOT: prescriptionWhere(asGuardian) }] } as Prisma.PrescriptionWhereInput,
    orderBy: [{ prescribedAt: "desc" }, { id: "asc" }],
    take: LIMIT,
    select: { id: true, drugName: true, strength: true, prescribedAt: true },
  });
}

/** Social documents a professional restricted from guardians (V-SOC-5), as the minor sees them. */
export async function listSocialHiddenFromGuardians(db: Reader, v: Viewer) {
  if (v.role !== "minor") return [];
  return db.socialDocument.findMany({
    where: { AND: [socialDocumentWhere(v), { restrictedFromGuardians: true }] } as Prisma.SocialDocumentWhereInput,
    orderBy: [{ recordedAt: "desc" }, { id: "asc" }],
    take: LIMIT,
    select: { id: true, title: true, recordedAt: true, organisation: true },
  });
}
