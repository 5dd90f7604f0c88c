import "server-only";
import type { Db } from "@/server/db";
import { done, refused, type Acting, type Outcome } from "./common";
import type { WillResult } from "./will-text";

/** C-7: deletes the living will. */
export async function deleteLivingWill(db: Db, who: Acting): Promise<Outcome<WillResult>> {
  const { count } = await db.livingWill.deleteMany({ where: { personId: who.subjectId } });
  return count > 0 ? done("livingWillDeleted") : refused("livingWillNotFound");
}
