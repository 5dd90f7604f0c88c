import "server-only";
import type { Db } from "@/server/db";
import { done, refused, type Acting, type Outcome } from "./common";
import type { WillResult } from "./will-text";

/** C-5: removes the organ donation will with its additional information. */
export async function removeOrganDonationWill(db: Db, who: Acting): Promise<Outcome<WillResult>> {
  const { count } = await db.organDonationWill.deleteMany({ where: { personId: who.subjectId } });
  return count > 0 ? done("organDonationRemoved") : refused("organDonationNotFound");
}
