import "server-only";
import type { Db } from "@/server/db";
import { done, refused, type Acting, type Outcome } from "./common";
import { LIVING_WILL_MAX, prepareText, upsertOnce, type WillResult } from "./will-text";

/** C-7: writes or changes the living will: free text, cleaned of hidden characters, at most LIVING_WILL_MAX characters. */
export async function saveLivingWill(db: Db, who: Acting, input: { text: string }): Promise<Outcome<WillResult>> {
  const prepared = prepareText(input.text, LIVING_WILL_MAX);
  if (!prepared.ok) return refused(prepared.reason === "empty" ? "livingWillEmpty" : "livingWillTooLong");
  await upsertOnce(() =>
    db.livingWill.upsert({
      where: { personId: who.subjectId },
      create: { personId: who.subjectId, text: prepared.text, updatedAt: who.at },
      update: { text: prepared.text, updatedAt: who.at },
    }),
  );
  return done(prepared.changed ? "livingWillSavedCleaned" : "livingWillSaved");
}
