import "server-only";
import {
  matchesSummaryFilter,
  prescriptionWhere,
  type SummaryFilter,
  type Viewer,
} from "@/domain/visibility";
import type { Prisma } from "@/generated/prisma/client";
import { stateSelect, summarize } from "./prescription-state";
import { listFilterWhere } from "./status-where";
import type { Db } from "./viewer";

const printFields = {
  id: true,
  drugName: true,
  strength: true,
  form: true,
  quantityText: true,
  dosageInstructions: true,
  reasonForUse: true,
  language: true,
  prescriberName: true,
  unit: { select: { name: true } },
} satisfies Prisma.PrescriptionSelect;

/**
 * The printable summary (V-RX-3): the visible prescriptions limited by one of the summary filters.
 * Visibility is in the query; the summary filter is the pure predicate on the loaded rows.
 */
export async function listSummaryPrescriptions(db: Db, viewer: Viewer, filter: SummaryFilter) {
  const rows = await db.prescription.findMany({
    where: prescriptionWhere(viewer) as Prisma.PrescriptionWhereInput,
    select: { ...printFields, ...stateSelect(viewer) },
    orderBy: [{ prescribedAt: "desc" }, { id: "asc" }],
  });
  return rows
    .filter((r) => matchesSummaryFilter(r, filter, viewer.now))
    .map((r) => ({ ...r, ...summarize(r, viewer.now) }));
}

/** The list for own use (V-RX-3): valid prescriptions and how to take them, by medicine name. */
export async function listOwnUsePrescriptions(db: Db, viewer: Viewer) {
  const rows = await db.prescription.findMany({
    where: {
      AND: [prescriptionWhere(viewer), listFilterWhere("valid", viewer.now)],
    } as Prisma.PrescriptionWhereInput,
    select: { ...printFields, ...stateSelect(viewer) },
    orderBy: [{ drugName: "asc" }, { prescribedAt: "desc" }],
  });
  return rows.map((r) => ({ ...r, ...summarize(r, viewer.now) }));
}

export type PrintablePrescription = Awaited<ReturnType<typeof listSummaryPrescriptions>>[number];
