import "server-only";
import { getPrisma, type Db } from "@/server/db";

/** D-1: whether the patient data repository is disturbed; then only the health section says so. */
export async function isPatientDataRepositoryDisturbed(db: Db = getPrisma()): Promise<boolean> {
  const status = await db.serviceStatus.findUnique({
    where: { service: "PATIENT_DATA_REPOSITORY" },
    select: { disturbed: true },
  });
  return status?.disturbed === true;
}
