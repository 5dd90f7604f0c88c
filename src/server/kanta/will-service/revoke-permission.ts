import "server-only";
import type { PermissionDomain } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import { done, refused, type Acting, type Outcome } from "./common";

export type RevokePermissionResult = "permissionRevoked" | "permissionNotActive";

/**
 * C-3: revokes the subject's permission. Narrowing disclosure is never blocked by C-2. A second
 * submission finds nothing left to revoke and says so.
 */
export async function revokePermission(
  db: Db,
  who: Acting,
  input: { permissionId: string; domain: PermissionDomain },
): Promise<Outcome<RevokePermissionResult>> {
  const { count } = await db.disclosurePermission.updateMany({
    where: { id: input.permissionId, personId: who.subjectId, domain: input.domain, revokedAt: null },
    data: { revokedAt: who.at, revokedById: who.actorId, activeKey: null },
  });
  return count === 1 ? done("permissionRevoked") : refused("permissionNotActive");
}
