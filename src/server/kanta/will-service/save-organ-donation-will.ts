import "server-only";
import type { Db } from "@/server/db";
import { done, refused, type Acting, type Outcome } from "./common";
import { ORGAN_INFO_MAX, prepareText, upsertOnce, type WillResult } from "./will-text";

/** C-7: the organ donation will is given with one action; additional information is optional and cleaned. */
export async function saveOrganDonationWill(db: Db, who: Acting, input: { additionalInfo: string }): Promise<Outcome<WillResult>> {
  let info: string | null = null;
  let changed = false;
  if (input.additionalInfo.trim() !== "") {
    const prepared = prepareText(input.additionalInfo, ORGAN_INFO_MAX);
    if (!prepared.ok && prepared.reason === "tooLong") return refused("organInfoTooLong");
    if (prepared.ok) ({ text: info, changed } = prepared);
  }
  await upsertOnce(() =>
    db.organDonationWill.upsert({
      where: { personId: who.subjectId },
      create: { personId: who.subjectId, willing: true, additionalInfo: info, updatedAt: who.at },
      update: { willing: true, additionalInfo: info, updatedAt: who.at },
    }),
  );
  return done(changed ? "organDonationSavedCleaned" : "organDonationSaved");
}
