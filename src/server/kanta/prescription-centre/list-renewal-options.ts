import "server-only";
import { prescriptionWhere, type Viewer } from "@/domain/visibility";
import type { Prisma } from "@/generated/prisma/client";
import { stateSelect, summarize } from "./prescription-state";
import type { Db } from "./viewer";

export type UnitOption = { id: string; name: string; organisation: string; municipality: string | null };

/**
 * What the renewal page offers (V-RX-6): every visible prescription with whether it can be renewed
 * (and why not), and the receiving units, those that prescribed for the person before first.
 */
export async function listRenewalOptions(db: Db, viewer: Viewer) {
  const rows = await db.prescription.findMany({
    where: prescriptionWhere(viewer) as Prisma.PrescriptionWhereInput,
    select: {
      id: true,
      drugName: true,
      strength: true,
      form: true,
      language: true,
      unitId: true,
      ...stateSelect(viewer),
    },
    orderBy: [{ prescribedAt: "desc" }, { id: "asc" }],
  });
  const units = await db.careUnit.findMany({
    where: { acceptsRenewals: true },
    select: { id: true, name: true, organisation: true, municipality: true },
    orderBy: [{ organisation: "asc" }, { name: "asc" }],
  });

  // Most recent prescriber first; rows are already newest first.
  const prescribedBy = [...new Set(rows.map((r) => r.unitId))];
  const byId = new Map(units.map((u) => [u.id, u]));
  const suggested = prescribedBy.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  const others = units.filter((u) => !prescribedBy.includes(u.id));

  const prescriptions = rows.map((r) => {
    const s = summarize(r, viewer.now);
    return {
      id: r.id,
      drugName: r.drugName,
      strength: r.strength,
      form: r.form,
      language: r.language,
      prescribedAt: r.prescribedAt,
      validUntil: r.validUntil,
      renewable: s.renewable,
      renewal: s.renewal,
    };
  });
  return { prescriptions, units: { suggested, others } satisfies Record<string, UnitOption[]> };
}

export type RenewalOptions = Awaited<ReturnType<typeof listRenewalOptions>>;
