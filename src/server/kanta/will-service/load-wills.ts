import "server-only";
import type { Reader } from "./common";

/** C-5: the subject's organ donation will and living will, if any. */
export async function loadWills(db: Reader, personId: string) {
  const [organDonation, livingWill] = await Promise.all([
    db.organDonationWill.findUnique({ where: { personId }, select: { willing: true, additionalInfo: true, updatedAt: true } }),
    db.livingWill.findUnique({ where: { personId }, select: { text: true, updatedAt: true } }),
  ]);
  return { organDonation, livingWill };
}
