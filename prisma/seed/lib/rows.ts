// The rows a seed produces, per model, in the order they must be inserted (foreign keys first).
// Both the demo seed and the scale generator's heavy personas fill one of these and hand it to
// insertRows, which writes each table with createMany in batches.
import type { Prisma, PrismaClient } from "../../../src/generated/prisma/client";

export type SeedRows = {
  person: Prisma.PersonCreateManyInput[];
  careUnit: Prisma.CareUnitCreateManyInput[];
  guardianship: Prisma.GuardianshipCreateManyInput[];
  informationRight: Prisma.InformationRightCreateManyInput[];
  mandate: Prisma.MandateCreateManyInput[];
  prescription: Prisma.PrescriptionCreateManyInput[];
  dispensing: Prisma.DispensingCreateManyInput[];
  renewalRequest: Prisma.RenewalRequestCreateManyInput[];
  prescriptionDisclosure: Prisma.PrescriptionDisclosureCreateManyInput[];
  serviceEvent: Prisma.ServiceEventCreateManyInput[];
  healthDocument: Prisma.HealthDocumentCreateManyInput[];
  diagnosis: Prisma.DiagnosisCreateManyInput[];
  labResult: Prisma.LabResultCreateManyInput[];
  imagingStudy: Prisma.ImagingStudyCreateManyInput[];
  riskInformation: Prisma.RiskInformationCreateManyInput[];
  vaccination: Prisma.VaccinationCreateManyInput[];
  certificate: Prisma.CertificateCreateManyInput[];
  covidCertificate: Prisma.CovidCertificateCreateManyInput[];
  healthDisclosure: Prisma.HealthDisclosureCreateManyInput[];
  socialClientRelationship: Prisma.SocialClientRelationshipCreateManyInput[];
  socialDocument: Prisma.SocialDocumentCreateManyInput[];
  socialDisclosure: Prisma.SocialDisclosureCreateManyInput[];
  kantaInfoReceipt: Prisma.KantaInfoReceiptCreateManyInput[];
  disclosurePermission: Prisma.DisclosurePermissionCreateManyInput[];
  prohibition: Prisma.ProhibitionCreateManyInput[];
  euPatientSummaryConsent: Prisma.EuPatientSummaryConsentCreateManyInput[];
  registryResearchContactBan: Prisma.RegistryResearchContactBanCreateManyInput[];
  organDonationWill: Prisma.OrganDonationWillCreateManyInput[];
  livingWill: Prisma.LivingWillCreateManyInput[];
  measurement: Prisma.MeasurementCreateManyInput[];
  wellbeingApp: Prisma.WellbeingAppCreateManyInput[];
  wellbeingAppRight: Prisma.WellbeingAppRightCreateManyInput[];
  accessLogEntry: Prisma.AccessLogEntryCreateManyInput[];
  serviceStatus: Prisma.ServiceStatusCreateManyInput[];
  serviceAnnouncement: Prisma.ServiceAnnouncementCreateManyInput[];
};

export type SeedTable = keyof SeedRows;

export const TABLE_ORDER: readonly SeedTable[] = [
  "person",
  "careUnit",
  "guardianship",
  "informationRight",
  "mandate",
  "prescription",
  "dispensing",
  "renewalRequest",
  "prescriptionDisclosure",
  "serviceEvent",
  "healthDocument",
  "diagnosis",
  "labResult",
  "imagingStudy",
  "riskInformation",
  "vaccination",
  "certificate",
  "covidCertificate",
  "healthDisclosure",
  "socialClientRelationship",
  "socialDocument",
  "socialDisclosure",
  "kantaInfoReceipt",
  "disclosurePermission",
  "prohibition",
  "euPatientSummaryConsent",
  "registryResearchContactBan",
  "organDonationWill",
  "livingWill",
  "measurement",
  "wellbeingApp",
  "wellbeingAppRight",
  "accessLogEntry",
  "serviceStatus",
  "serviceAnnouncement",
];

export function emptyRows(): SeedRows {
  return Object.fromEntries(TABLE_ORDER.map((t) => [t, []])) as unknown as SeedRows;
}

export type SeedCounts = Record<SeedTable, number>;

export function countRows(rows: SeedRows): SeedCounts {
  return Object.fromEntries(TABLE_ORDER.map((t) => [t, rows[t].length])) as SeedCounts;
}

/** A client or an interactive-transaction client: both have the model delegates. */
export type SeedDb = Pick<PrismaClient, SeedTable>;

type CreateManyDelegate = { createMany(args: { data: unknown[] }): Promise<{ count: number }> };

/** Writes every table in foreign-key order with createMany, `batch` rows at a time. */
export async function insertRows(db: SeedDb, rows: SeedRows, batch = 1000): Promise<void> {
  for (const table of TABLE_ORDER) {
    const data = rows[table] as unknown[];
    // Each delegate's createMany takes its own model's input type; the rows are typed per table
    // in SeedRows, so widening the delegate here loses nothing.
    const delegate = db[table] as unknown as CreateManyDelegate;
    for (let i = 0; i < data.length; i += batch) {
      await delegate.createMany({ data: data.slice(i, i + batch) });
    }
  }
}
