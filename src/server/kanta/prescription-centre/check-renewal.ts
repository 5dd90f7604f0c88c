import "server-only";
import { prescriptionWhere, renewability, type RenewalRefusal, type Viewer } from "@/domain/visibility";
import type { Prisma } from "@/generated/prisma/client";
import { stateSelect } from "./prescription-state";
import type { Db } from "./viewer";

export type RenewalInput = {
  prescriptionIds: string[];
  unitId: string;
  phone: string | null;
  showOtherPrescriptions: boolean;
};

export type RenewalError = "notFound" | "unitNotAvailable" | RenewalRefusal;

export type RenewalCheck =
  | {
      ok: true;
      prescriptions: { id: string; drugName: string; strength: string; form: string; language: string }[];
      unit: { id: string; name: string; organisation: string };
    }
  | { ok: false; error: RenewalError; drugName?: string };

/**
 * Whether the request may be sent (V-RX-2, V-RX-6): every prescription visible to the viewer and
 * renewable now, and the unit one that receives renewal requests. Used for the confirmation step
 * and again inside the sending transaction.
 */
export async function checkRenewal(db: Db, viewer: Viewer, input: RenewalInput): Promise<RenewalCheck> {
  const ids = [...new Set(input.prescriptionIds)];
  const rows = await db.prescription.findMany({
    where: { AND: [{ id: { in: ids } }, prescriptionWhere(viewer)] } as Prisma.PrescriptionWhereInput,
    select: { id: true, drugName: true, strength: true, form: true, language: true, ...stateSelect(viewer) },
    orderBy: { drugName: "asc" },
  });
  if (rows.length !== ids.length) return { ok: false, error: "notFound" };
  for (const row of rows) {
    const r = renewability(row, viewer.now);
    if (!r.ok) return { ok: false, error: r.reason, drugName: row.drugName };
  }
  const unit = await db.careUnit.findFirst({
    where: { id: input.unitId, acceptsRenewals: true },
    select: { id: true, name: true, organisation: true },
  });
  if (!unit) return { ok: false, error: "unitNotAvailable" };
  return {
    ok: true,
    prescriptions: rows.map(({ id, drugName, strength, form, language }) => ({
      id,
      drugName,
      strength,
      form,
      language,
    })),
    unit,
  };
}
