import "server-only";
import type { CalendarDate } from "@/domain/dates";
import type { Db } from "@/server/db";
import { done, refused, type Acting, type Outcome } from "./common";
import { hasReceivedLatestKantaInfo } from "./kanta-info-gate";
import { isAcceptableLastDay, permissionState, validUntilInstant } from "./permission-validity";

export type UpdatePermissionInput = { permissionId: string; lastDay: CalendarDate | null };
export type UpdatePermissionResult = "permissionUpdated" | "kantaInfoRequired" | "permissionNotActive" | "lastDayInPast";

/**
 * C-3: changes the validity of the subject's active permission for patient data (the matrix has
 * no update for social data). An update registers the permission anew, so C-2 applies.
 */
export async function updatePermission(db: Db, who: Acting, input: UpdatePermissionInput): Promise<Outcome<UpdatePermissionResult>> {
  if (!isAcceptableLastDay(input.lastDay, who.at)) return refused("lastDayInPast");
  return db.$transaction(async (tx) => {
    if (!(await hasReceivedLatestKantaInfo(tx, who.subjectId))) return refused("kantaInfoRequired" as const);
    const current = await tx.disclosurePermission.findFirst({
      where: { id: input.permissionId, personId: who.subjectId, domain: "HEALTH", activeKey: { not: null } },
      select: { id: true, validFrom: true, validUntil: true, revokedAt: true },
    });
    if (!current || permissionState(current, who.at) !== "active") return refused("permissionNotActive" as const);
    await tx.disclosurePermission.update({
      where: { id: current.id },
      data: { validUntil: validUntilInstant(input.lastDay), updatedAt: who.at },
    });
    return done("permissionUpdated" as const);
  });
}
