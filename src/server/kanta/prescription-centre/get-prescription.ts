import "server-only";
import {
  effectiveRenewalStatus,
  prescriptionDisclosureWhere,
  prescriptionWhere,
  type Viewer,
} from "@/domain/visibility";
import type { Prisma } from "@/generated/prisma/client";
import { stateSelect, summarize } from "./prescription-state";
import type { Db } from "./viewer";

/**
 * One prescription with everything its page shows, or null when it does not exist or the viewer
 * may not see it (the caller answers 404 either way, so hidden ids cannot be probed).
 * `events` says whether the matrix lets the viewer see dispensings and disclosures (V-RX-4).
 */
export async function getPrescription(db: Db, viewer: Viewer, id: string, opts: { events: boolean }) {
  const where = { AND: [{ id }, prescriptionWhere(viewer)] } as Prisma.PrescriptionWhereInput;
  const row = await db.prescription.findFirst({
    where,
    select: {
      id: true,
      drugName: true,
      strength: true,
      form: true,
      atcCode: true,
      packageSize: true,
      quantityText: true,
      dosageInstructions: true,
      reasonForUse: true,
      language: true,
      prescriberName: true,
      iteration: true,
      renewalOfId: true,
      unit: { select: { name: true, organisation: true } },
      ...stateSelect(viewer),
    },
  });
  if (!row) return null;

  const [renewals, dispensings, disclosures] = await Promise.all([
    db.renewalRequest.findMany({
      where: { prescriptionId: row.id },
      select: {
        id: true,
        status: true,
        sentAt: true,
        handledAt: true,
        handlerNote: true,
        receivingUnit: { select: { name: true } },
      },
      orderBy: { sentAt: "desc" },
    }),
    opts.events
      ? db.dispensing.findMany({
          where: { AND: [{ prescriptionId: row.id }, stateSelect(viewer).dispensings.where] },
          select: { id: true, pharmacyName: true, dispensedAt: true, amount: true, productName: true },
          orderBy: { dispensedAt: "desc" },
        })
      : Promise.resolve(null),
    opts.events
      ? db.prescriptionDisclosure.findMany({
          where: {
            AND: [
              { prescriptionId: row.id },
              prescriptionDisclosureWhere(viewer) as Prisma.PrescriptionDisclosureWhereInput,
            ],
          },
          select: { id: true, recipient: true, disclosedAt: true, what: true },
          orderBy: { disclosedAt: "desc" },
        })
      : Promise.resolve(null),
  ]);

  // The earlier prescription this one renews, linked only when the viewer may see it too.
  const renewalOf = row.renewalOfId
    ? await db.prescription.findFirst({
        where: { AND: [{ id: row.renewalOfId }, prescriptionWhere(viewer)] } as Prisma.PrescriptionWhereInput,
        select: { id: true, prescribedAt: true },
      })
    : null;

  return {
    ...row,
    renewalOf,
    ...summarize(row, viewer.now),
    renewals: renewals.map((r) => ({ ...r, status: effectiveRenewalStatus(r, viewer.now) })),
    dispensings,
    disclosures,
  };
}

export type PrescriptionDetail = NonNullable<Awaited<ReturnType<typeof getPrescription>>>;
