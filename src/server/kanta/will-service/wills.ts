import "server-only";
import { cleanForSaving } from "@/domain/text-cleaning";
import type { Db } from "@/server/db";
import { done, isUniqueViolation, refused, type Acting, type Outcome, type Reader } from "./common";

// C-5, C-7: the organ donation will and the living will, kept in the will service. Only the adult
// themselves reaches these (the matrix: organDonation.manage and livingWill.manage are adult-only),
// so the subject is always the actor.

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

export async function loadWills(db: Reader, personId: string) {
  const [organDonation, livingWill] = await Promise.all([
    db.organDonationWill.findUnique({ where: { personId }, select: { willing: true, additionalInfo: true, updatedAt: true } }),
    db.livingWill.findUnique({ where: { personId }, select: { text: true, updatedAt: true } }),
  ]);
  return { organDonation, livingWill };
}

/** An upsert on a unique personId; a concurrent first save can still lose the insert race, so retry once as an update. */
async function upsertOnce<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    return run();
  }
}

/** What a text field will be stored as, or why it cannot be (C-7: hidden characters never refuse). */
export function prepareText(raw: string, max: number): { ok: true; text: string; changed: boolean } | { ok: false; reason: "empty" | "tooLong" } {
  const cleaned = cleanForSaving(raw);
  if (cleaned.length === 0) return { ok: false, reason: "empty" };
  if (cleaned.length > max) return { ok: false, reason: "tooLong" };
  return { ok: true, text: cleaned.text, changed: cleaned.changed };
}

/** The organ donation will is given with one action; additional information is optional. */
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

export async function removeOrganDonationWill(db: Db, who: Acting): Promise<Outcome<WillResult>> {
  const { count } = await db.organDonationWill.deleteMany({ where: { personId: who.subjectId } });
  return count > 0 ? done("organDonationRemoved") : refused("organDonationNotFound");
}

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

export async function deleteLivingWill(db: Db, who: Acting): Promise<Outcome<WillResult>> {
  const { count } = await db.livingWill.deleteMany({ where: { personId: who.subjectId } });
  return count > 0 ? done("livingWillDeleted") : refused("livingWillNotFound");
}
