import "server-only";
import type { CalendarDate } from "@/domain/dates";
import type { PermissionDomain } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import { done, isUniqueViolation, refused, type Acting, type Outcome } from "./common";
import { hasReceivedLatestKantaInfo } from "./kanta-info-gate";
import { isAcceptableLastDay, permissionState, validUntilInstant } from "./permission-validity";

export type GivePermissionInput = { domain: PermissionDomain; lastDay: CalendarDate | null; idempotencyKey: string };
export type GivePermissionResult = "permissionGiven" | "kantaInfoRequired" | "permissionAlreadyActive" | "lastDayInPast";

/** The database allows one active permission per person and domain (DisclosurePermission.activeKey). */
export const permissionActiveKey = (personId: string, domain: PermissionDomain) => `${personId}:${domain}`;
// The form's key is namespaced by the subject so that a key can never match another person's row.
const storedKey = (who: Acting, key: string) => `${who.subjectId}:${key}`;

async function alreadyGiven(db: Db, who: Acting, key: string): Promise<boolean> {
  const row = await db.disclosurePermission.findUnique({ where: { idempotencyKey: storedKey(who, key) }, select: { id: true } });
  return row !== null;
}

/**
 * C-3: gives a disclosure permission for patient data (HEALTH) or social client data (SOCIAL).
 * C-2 is checked inside the transaction. An expired permission releases its active slot in the
 * same transaction. The same form submitted twice creates one permission.
 */
export async function givePermission(db: Db, who: Acting, input: GivePermissionInput): Promise<Outcome<GivePermissionResult>> {
  if (!isAcceptableLastDay(input.lastDay, who.at)) return refused("lastDayInPast");
  if (await alreadyGiven(db, who, input.idempotencyKey)) return done("permissionGiven");
  const activeKey = permissionActiveKey(who.subjectId, input.domain);
  try {
    return await db.$transaction(async (tx) => {
      if (!(await hasReceivedLatestKantaInfo(tx, who.subjectId))) return refused("kantaInfoRequired" as const);
      const current = await tx.disclosurePermission.findUnique({
        where: { activeKey },
        select: { id: true, validFrom: true, validUntil: true, revokedAt: true, idempotencyKey: true },
      });
      if (current) {
        if (permissionState(current, who.at) === "active") {
          // The same form, committed a moment ago by a concurrent submission, is a success.
          return current.idempotencyKey === storedKey(who, input.idempotencyKey)
            ? done("permissionGiven" as const)
            : refused("permissionAlreadyActive" as const);
        }
        await tx.disclosurePermission.update({ where: { id: current.id }, data: { activeKey: null } });
      }
      await tx.disclosurePermission.create({
        data: {
          personId: who.subjectId,
          domain: input.domain,
          givenAt: who.at,
          givenById: who.actorId,
          validFrom: who.at,
          validUntil: validUntilInstant(input.lastDay),
          idempotencyKey: storedKey(who, input.idempotencyKey),
          activeKey,
        },
      });
      return done("permissionGiven" as const);
    });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    // A concurrent double submission: the first one won. Anything else holds the active slot.
    return (await alreadyGiven(db, who, input.idempotencyKey)) ? done("permissionGiven") : refused("permissionAlreadyActive");
  }
}
