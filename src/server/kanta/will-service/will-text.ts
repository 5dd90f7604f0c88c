import "server-only";
import { cleanForSaving } from "@/domain/text-cleaning";
import { isUniqueViolation } from "./common";

// C-5, C-7: shared by the will use-cases. Only the adult themselves reaches the wills (the matrix:
// organDonation.manage and livingWill.manage are adult-only), so the subject is always the actor.

/** Characters as the user counts them (code points), after cleaning. */
export const LIVING_WILL_MAX = 10_000;
export const ORGAN_INFO_MAX = 1_000;

export type WillResult =
  | "organDonationSaved"
  | "organDonationSavedCleaned"
  | "organDonationRemoved"
  | "organDonationNotFound"
  | "organInfoTooLong"
  | "livingWillSaved"
  | "livingWillSavedCleaned"
  | "livingWillDeleted"
  | "livingWillNotFound"
  | "livingWillEmpty"
  | "livingWillTooLong";

/** What a text field will be stored as, or why it cannot be (C-7: hidden characters never refuse). */
export function prepareText(raw: string, max: number): { ok: true; text: string; changed: boolean } | { ok: false; reason: "empty" | "tooLong" } {
  const cleaned = cleanForSaving(raw);
  if (cleaned.length === 0) return { ok: false, reason: "empty" };
  if (cleaned.length > max) return { ok: false, reason: "tooLong" };
  return { ok: true, text: cleaned.text, changed: cleaned.changed };
}

/** An upsert on a unique personId; a concurrent first save can lose the insert race, so retry once as an update. */
export async function upsertOnce<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    return run();
  }
}
