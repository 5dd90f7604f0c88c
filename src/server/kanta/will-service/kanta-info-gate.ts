import "server-only";
import { LATEST_KANTA_INFO_VERSION } from "@/server/portal-context";
import type { Reader } from "./common";

/**
 * C-2: a permission or prohibition can be registered only for a person who has received the
 * latest Kanta information, wherever it was received (health care, social care, or acknowledged
 * in MittKanta). Footnotes ** and *** look only at health care; this gate does not.
 */
export async function hasReceivedLatestKantaInfo(db: Reader, personId: string): Promise<boolean> {
  const receipt = await db.kantaInfoReceipt.findUnique({
    where: { personId_version: { personId, version: LATEST_KANTA_INFO_VERSION } },
    select: { id: true },
  });
  return receipt !== null;
}
