import "server-only";
import { audienceOf, type Viewer } from "@/domain/visibility";
import { type Db } from "@/server/db";
import { serviceDb } from "@/server/kanta/service-status";

/** The subject's EU COVID certificates (vaccination, test, recovery), each with its UVCI. */
export async function listCovidCertificates(v: Viewer, db: Db = serviceDb("PATIENT_DATA_REPOSITORY")) {
  if (audienceOf(v.role) === "none") return [];
  return db.covidCertificate.findMany({
    where: { patientId: v.subject.id },
    orderBy: [{ kind: "asc" }, { eventAt: "asc" }, { id: "asc" }],
    take: 50,
    select: {
      id: true,
      kind: true,
      uvci: true,
      issuedAt: true,
      detail: true,
      doseNumber: true,
      totalDoses: true,
      eventAt: true,
    },
  });
}

export type CovidCertificateRow = Awaited<ReturnType<typeof listCovidCertificates>>[number];
