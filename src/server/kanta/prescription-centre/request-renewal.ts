import "server-only";
import { RENEWAL_LAPSE_MS, type Viewer } from "@/domain/visibility";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { checkRenewal, type RenewalError, type RenewalInput } from "./check-renewal";

export type RenewalRequestInput = RenewalInput & { idempotencyKey: string };

export type RenewalResult =
  | { ok: true; requestIds: string[]; replayed: boolean }
  | { ok: false; error: RenewalError; drugName?: string };

/** One record per prescription; the key is per form render, so it is made unique per prescription. */
const keyFor = (key: string, prescriptionId: string) => `${key}:${prescriptionId}`;

async function findReplay(db: PrismaClient, requesterId: string, input: RenewalRequestInput) {
  const ids = [...new Set(input.prescriptionIds)];
  const found = await db.renewalRequest.findMany({
    where: { requesterId, idempotencyKey: { in: ids.map((id) => keyFor(input.idempotencyKey, id)) } },
    select: { id: true },
    orderBy: { sentAt: "asc" },
  });
  return found.length === ids.length ? found.map((r) => r.id) : null;
}

function isUniqueViolation(e: unknown): boolean {
  return e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
}

/**
 * Sends renewal requests (V-RX-2, V-RX-6) in one transaction. A second pending request for a
 * prescription is refused: by the renewability check, and under a race by the unique pendingKey.
 * The same idempotency key again (a double click) returns the records made the first time.
 */
export async function requestRenewal(
  db: PrismaClient,
  viewer: Viewer,
  requesterId: string,
  input: RenewalRequestInput,
): Promise<RenewalResult> {
  const earlier = await findReplay(db, requesterId, input);
  if (earlier) return { ok: true, requestIds: earlier, replayed: true };

  let result: RenewalResult;
  try {
    result = await db.$transaction(async (tx) => {
      const check = await checkRenewal(tx, viewer, input);
      if (!check.ok) return check;
      const ids = check.prescriptions.map((p) => p.id);
      // A request that lapsed unhandled no longer blocks a new one (its pendingKey is released).
      await tx.renewalRequest.updateMany({
        where: {
          pendingKey: { in: ids },
          status: "SENT",
          sentAt: { lt: new Date(viewer.now.getTime() - RENEWAL_LAPSE_MS) },
        },
        data: { status: "LAPSED", pendingKey: null },
      });
      const requestIds: string[] = [];
      for (const prescriptionId of ids) {
        const created = await tx.renewalRequest.create({
          data: {
            prescriptionId,
            requesterId,
            receivingUnitId: check.unit.id,
            phoneForSms: input.phone,
            showOtherPrescriptions: input.showOtherPrescriptions,
            status: "SENT",
            sentAt: viewer.now,
            idempotencyKey: keyFor(input.idempotencyKey, prescriptionId),
            pendingKey: prescriptionId,
          },
          select: { id: true },
        });
        requestIds.push(created.id);
      }
      await tx.prescription.updateMany({
        where: { id: { in: ids }, status: "VALID" },
        data: { status: "RENEWAL_REQUESTED" },
      });
      return { ok: true as const, requestIds, replayed: false };
    });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    result = { ok: false, error: "pending" };
  }
  // A concurrent double click sees the first click's rows as "pending": answer with those instead.
  if (!result.ok && result.error === "pending") {
    const replay = await findReplay(db, requesterId, input);
    if (replay) return { ok: true, requestIds: replay, replayed: true };
  }
  return result;
}
