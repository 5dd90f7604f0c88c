-- CreateEnum
CREATE TYPE "Language" AS ENUM ('fi', 'sv', 'en');

-- CreateEnum
CREATE TYPE "DataScope" AS ENUM ('HEALTH', 'SOCIAL', 'BOTH');

-- CreateEnum
CREATE TYPE "MandateKind" AS ENUM ('ADULT', 'GUARDIANS_JOINT', 'ON_APPLICATION');

-- CreateEnum
CREATE TYPE "PrescriptionStatus" AS ENUM ('VALID', 'EXPIRED', 'CANCELLED', 'RENEWAL_REQUESTED');

-- CreateEnum
CREATE TYPE "CancellationReason" AS ENUM ('CARE', 'TECHNICAL', 'PATIENT_REQUEST');

-- CreateEnum
CREATE TYPE "ValidityClass" AS ENUM ('TWO_YEARS', 'ONE_YEAR');

-- CreateEnum
CREATE TYPE "RenewalStatus" AS ENUM ('SENT', 'ACCEPTED', 'REJECTED', 'RETURNED', 'LAPSED');

-- CreateEnum
CREATE TYPE "ServiceEventKind" AS ENUM ('OUTPATIENT', 'INPATIENT');

-- CreateEnum
CREATE TYPE "HealthDocumentType" AS ENUM ('JOURNAL_TEXT', 'INPATIENT_SUMMARY', 'MEDICATION', 'LAB_RESULTS', 'IMAGING', 'DIAGNOSES', 'RISK_INFORMATION', 'VACCINATION', 'CERTIFICATE');

-- CreateEnum
CREATE TYPE "CovidCertificateKind" AS ENUM ('VACCINATION', 'TEST', 'RECOVERY');

-- CreateEnum
CREATE TYPE "ServiceTask" AS ENUM ('ELDERLY', 'SUBSTANCE_ABUSE', 'FAMILIES_WITH_CHILDREN', 'WORKING_AGE', 'CHILD_WELFARE', 'DISABILITY', 'FAMILY_LAW');

-- CreateEnum
CREATE TYPE "SocialDocumentType" AS ENUM ('DECISION', 'SERVICE_NEED_ASSESSMENT', 'CLIENT_PLAN', 'IMPLEMENTATION_PLAN', 'CLIENT_JOURNAL', 'JOINT_MATTER', 'PATERNITY_INVESTIGATION', 'SHELTER_SERVICE', 'DOMESTIC_VIOLENCE_PREVENTION', 'ADOPTION_COUNSELLING', 'CUSTODY_INVESTIGATION', 'PAYMENT_COMMITMENT', 'CLIENT_RELATIONSHIP');

-- CreateEnum
CREATE TYPE "PermissionDomain" AS ENUM ('HEALTH', 'SOCIAL');

-- CreateEnum
CREATE TYPE "ProhibitionDomain" AS ENUM ('HEALTH', 'PRESCRIPTION', 'SOCIAL');

-- CreateEnum
CREATE TYPE "ProhibitionTarget" AS ENUM ('VISIT', 'SERVICE_PROVIDER', 'PRESCRIPTION', 'DOCUMENT', 'SERVICE_TASK');

-- CreateEnum
CREATE TYPE "MeasurementKind" AS ENUM ('HEIGHT', 'WEIGHT', 'PULSE', 'BLOOD_PRESSURE', 'BLOOD_SUGAR');

-- CreateEnum
CREATE TYPE "AccessEvent" AS ENUM ('SIGN_IN', 'ACT_FOR_START', 'ACT_FOR_END', 'SIGN_OUT', 'TIMEOUT');

-- CreateEnum
CREATE TYPE "KantaService" AS ENUM ('PRESCRIPTION_CENTRE', 'PATIENT_DATA_REPOSITORY', 'SOCIAL_CLIENT_DATA_REPOSITORY', 'WILL_SERVICE', 'OWN_DATA_REPOSITORY', 'IDENTIFICATION', 'MANDATE');

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "hetu" TEXT NOT NULL,
    "firstNames" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "language" "Language" NOT NULL DEFAULT 'fi',
    "nonDisclosure" BOOLEAN NOT NULL DEFAULT false,
    "homeMunicipality" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Guardianship" (
    "id" TEXT NOT NULL,
    "guardianId" TEXT NOT NULL,
    "childId" TEXT NOT NULL,
    "agreementCoded" BOOLEAN NOT NULL DEFAULT true,
    "validFrom" DATE NOT NULL,
    "validUntil" DATE,

    CONSTRAINT "Guardianship_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InformationRight" (
    "id" TEXT NOT NULL,
    "holderId" TEXT NOT NULL,
    "childId" TEXT NOT NULL,
    "scope" "DataScope" NOT NULL,
    "validFrom" DATE NOT NULL,
    "validUntil" DATE,
    "decidedBy" TEXT NOT NULL,

    CONSTRAINT "InformationRight_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mandate" (
    "id" TEXT NOT NULL,
    "giverId" TEXT NOT NULL,
    "holderId" TEXT NOT NULL,
    "kind" "MandateKind" NOT NULL DEFAULT 'ADULT',
    "scopeHealth" BOOLEAN NOT NULL,
    "scopeSocial" BOOLEAN NOT NULL,
    "validFrom" DATE NOT NULL,
    "validUntil" DATE,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "Mandate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CareUnit" (
    "id" TEXT NOT NULL,
    "oid" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "municipality" TEXT,
    "acceptsRenewals" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "CareUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Prescription" (
    "id" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "drugName" TEXT NOT NULL,
    "strength" TEXT NOT NULL,
    "form" TEXT NOT NULL,
    "atcCode" TEXT NOT NULL,
    "packageSize" TEXT NOT NULL,
    "quantityText" TEXT NOT NULL,
    "amountPrescribed" DOUBLE PRECISION NOT NULL,
    "amountRemaining" DOUBLE PRECISION NOT NULL,
    "dosageInstructions" TEXT NOT NULL,
    "reasonForUse" TEXT,
    "language" "Language" NOT NULL DEFAULT 'fi',
    "prescribedAt" TIMESTAMP(3) NOT NULL,
    "validUntil" TIMESTAMP(3) NOT NULL,
    "validityClass" "ValidityClass" NOT NULL DEFAULT 'TWO_YEARS',
    "prescriberName" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "status" "PrescriptionStatus" NOT NULL DEFAULT 'VALID',
    "cancellationReason" "CancellationReason",
    "cancelledAt" TIMESTAMP(3),
    "lockedAt" TIMESTAMP(3),
    "lockedReason" TEXT,
    "iteration" INTEGER NOT NULL DEFAULT 1,
    "renewalOfId" TEXT,
    "decisionCapacityAssessed" BOOLEAN NOT NULL DEFAULT false,
    "minorForbidsGuardians" BOOLEAN NOT NULL DEFAULT false,
    "systemUpdatedForAssessment" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Prescription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Dispensing" (
    "id" TEXT NOT NULL,
    "prescriptionId" TEXT NOT NULL,
    "pharmacyName" TEXT NOT NULL,
    "dispensedAt" TIMESTAMP(3) NOT NULL,
    "amount" DOUBLE PRECISION NOT NULL,
    "productName" TEXT NOT NULL,

    CONSTRAINT "Dispensing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RenewalRequest" (
    "id" TEXT NOT NULL,
    "prescriptionId" TEXT NOT NULL,
    "requesterId" TEXT NOT NULL,
    "receivingUnitId" TEXT NOT NULL,
    "phoneForSms" TEXT,
    "showOtherPrescriptions" BOOLEAN NOT NULL DEFAULT false,
    "status" "RenewalStatus" NOT NULL DEFAULT 'SENT',
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "handledAt" TIMESTAMP(3),
    "handlerNote" TEXT,
    "idempotencyKey" TEXT,
    "pendingKey" TEXT,

    CONSTRAINT "RenewalRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PrescriptionDisclosure" (
    "id" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "prescriptionId" TEXT,
    "recipient" TEXT NOT NULL,
    "disclosedAt" TIMESTAMP(3) NOT NULL,
    "what" TEXT NOT NULL,

    CONSTRAINT "PrescriptionDisclosure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceEvent" (
    "id" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "kind" "ServiceEventKind" NOT NULL,
    "unitId" TEXT NOT NULL,
    "professionalName" TEXT,
    "startAt" TIMESTAMP(3) NOT NULL,
    "endAt" TIMESTAMP(3),
    "language" "Language" NOT NULL DEFAULT 'fi',

    CONSTRAINT "ServiceEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HealthDocument" (
    "id" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "serviceEventId" TEXT,
    "type" "HealthDocumentType" NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT,
    "language" "Language" NOT NULL DEFAULT 'fi',
    "journalForm" BOOLEAN NOT NULL DEFAULT true,
    "versionGroupId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "previousVersionId" TEXT,
    "isLatest" BOOLEAN NOT NULL DEFAULT true,
    "cancelled" BOOLEAN NOT NULL DEFAULT false,
    "delayedDisplayUntil" TIMESTAMP(3),
    "containsOtherPersonData" BOOLEAN NOT NULL DEFAULT false,
    "recordedAt" TIMESTAMP(3) NOT NULL,
    "storedAt" TIMESTAMP(3) NOT NULL,
    "recordedAtAge" INTEGER NOT NULL,
    "decisionCapacityAssessed" BOOLEAN NOT NULL DEFAULT false,
    "minorForbidsGuardians" BOOLEAN NOT NULL DEFAULT false,
    "systemUpdatedForAssessment" BOOLEAN NOT NULL DEFAULT true,
    "heldBackUntilReleased" BOOLEAN NOT NULL DEFAULT false,
    "authorName" TEXT,

    CONSTRAINT "HealthDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Diagnosis" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "icd10" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "primary" BOOLEAN NOT NULL DEFAULT false,
    "permanent" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Diagnosis_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LabResult" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "testCode" TEXT NOT NULL,
    "testName" TEXT NOT NULL,
    "value" DOUBLE PRECISION,
    "valueText" TEXT,
    "unit" TEXT,
    "refLow" DOUBLE PRECISION,
    "refHigh" DOUBLE PRECISION,
    "refText" TEXT,
    "abnormal" BOOLEAN NOT NULL DEFAULT false,
    "sampledAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LabResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImagingStudy" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "modality" TEXT NOT NULL,
    "bodyPart" TEXT NOT NULL,
    "studyAt" TIMESTAMP(3) NOT NULL,
    "statement" TEXT,

    CONSTRAINT "ImagingStudy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskInformation" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "severity" TEXT,

    CONSTRAINT "RiskInformation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vaccination" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "vaccine" TEXT NOT NULL,
    "atcCode" TEXT,
    "dose" INTEGER NOT NULL DEFAULT 1,
    "givenAt" TIMESTAMP(3) NOT NULL,
    "batch" TEXT,

    CONSTRAINT "Vaccination_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "validUntil" TIMESTAMP(3),

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CovidCertificate" (
    "id" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "kind" "CovidCertificateKind" NOT NULL,
    "uvci" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "detail" TEXT NOT NULL,
    "doseNumber" INTEGER,
    "totalDoses" INTEGER,
    "eventAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CovidCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HealthDisclosure" (
    "id" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "disclosedAt" TIMESTAMP(3) NOT NULL,
    "what" TEXT NOT NULL,
    "basis" TEXT NOT NULL,

    CONSTRAINT "HealthDisclosure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SocialClientRelationship" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "serviceTask" "ServiceTask" NOT NULL,
    "organisation" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "contactPersonName" TEXT,
    "contactPersonTitle" TEXT,
    "contactPersonPhone" TEXT,
    "contactPersonEmail" TEXT,

    CONSTRAINT "SocialClientRelationship_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SocialDocument" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "relationshipId" TEXT,
    "serviceTask" "ServiceTask" NOT NULL,
    "type" "SocialDocumentType" NOT NULL,
    "phase" INTEGER NOT NULL DEFAULT 2,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "language" "Language" NOT NULL DEFAULT 'fi',
    "organisation" TEXT NOT NULL,
    "authorName" TEXT,
    "recordedAt" TIMESTAMP(3) NOT NULL,
    "versionGroupId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "isLatest" BOOLEAN NOT NULL DEFAULT true,
    "cancelled" BOOLEAN NOT NULL DEFAULT false,
    "specialContent" BOOLEAN NOT NULL DEFAULT false,
    "delayedDisplayUntil" TIMESTAMP(3),
    "restrictedFromGuardians" BOOLEAN NOT NULL DEFAULT false,
    "isAttachmentOfId" TEXT,

    CONSTRAINT "SocialDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SocialDisclosure" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "disclosedAt" TIMESTAMP(3) NOT NULL,
    "what" TEXT NOT NULL,
    "basis" TEXT NOT NULL,

    CONSTRAINT "SocialDisclosure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KantaInfoReceipt" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "inHealthCare" BOOLEAN NOT NULL DEFAULT true,
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgedById" TEXT,

    CONSTRAINT "KantaInfoReceipt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DisclosurePermission" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "domain" "PermissionDomain" NOT NULL,
    "givenAt" TIMESTAMP(3) NOT NULL,
    "givenById" TEXT NOT NULL,
    "validFrom" TIMESTAMP(3) NOT NULL,
    "validUntil" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,
    "idempotencyKey" TEXT,
    "activeKey" TEXT,

    CONSTRAINT "DisclosurePermission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Prohibition" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "domain" "ProhibitionDomain" NOT NULL,
    "targetKind" "ProhibitionTarget" NOT NULL,
    "targetRef" TEXT NOT NULL,
    "targetLabel" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT NOT NULL,
    "removedAt" TIMESTAMP(3),
    "removedById" TEXT,
    "activeKey" TEXT,

    CONSTRAINT "Prohibition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EuPatientSummaryConsent" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "givenAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "EuPatientSummaryConsent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegistryResearchContactBan" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "RegistryResearchContactBan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganDonationWill" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "willing" BOOLEAN NOT NULL DEFAULT true,
    "additionalInfo" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrganDonationWill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LivingWill" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LivingWill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Measurement" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "kind" "MeasurementKind" NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "value2" DOUBLE PRECISION,
    "measuredAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "idempotencyKey" TEXT,

    CONSTRAINT "Measurement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WellbeingApp" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "vendor" TEXT NOT NULL,

    CONSTRAINT "WellbeingApp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WellbeingAppRight" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "appId" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "grantedAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "WellbeingAppRight_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessLogEntry" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "event" "AccessEvent" NOT NULL,
    "actorPersonId" TEXT NOT NULL,
    "actorHetu" TEXT NOT NULL,
    "subjectPersonId" TEXT,
    "role" TEXT,
    "sessionId" TEXT,

    CONSTRAINT "AccessLogEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PortalSession" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "subjectPersonId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "lastActivityAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),
    "endReason" TEXT,
    "idTokenHint" TEXT,

    CONSTRAINT "PortalSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceStatus" (
    "service" "KantaService" NOT NULL,
    "disturbed" BOOLEAN NOT NULL DEFAULT false,
    "since" TIMESTAMP(3),

    CONSTRAINT "ServiceStatus_pkey" PRIMARY KEY ("service")
);

-- CreateTable
CREATE TABLE "ServiceAnnouncement" (
    "id" TEXT NOT NULL,
    "severity" TEXT NOT NULL DEFAULT 'info',
    "textFi" TEXT NOT NULL,
    "textSv" TEXT NOT NULL,
    "textEn" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3),

    CONSTRAINT "ServiceAnnouncement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Person_hetu_key" ON "Person"("hetu");

-- CreateIndex
CREATE INDEX "Person_lastName_idx" ON "Person"("lastName");

-- CreateIndex
CREATE INDEX "Guardianship_childId_idx" ON "Guardianship"("childId");

-- CreateIndex
CREATE UNIQUE INDEX "Guardianship_guardianId_childId_key" ON "Guardianship"("guardianId", "childId");

-- CreateIndex
CREATE INDEX "InformationRight_holderId_idx" ON "InformationRight"("holderId");

-- CreateIndex
CREATE INDEX "InformationRight_childId_idx" ON "InformationRight"("childId");

-- CreateIndex
CREATE INDEX "Mandate_holderId_idx" ON "Mandate"("holderId");

-- CreateIndex
CREATE INDEX "Mandate_giverId_idx" ON "Mandate"("giverId");

-- CreateIndex
CREATE UNIQUE INDEX "CareUnit_oid_key" ON "CareUnit"("oid");

-- CreateIndex
CREATE INDEX "Prescription_patientId_prescribedAt_idx" ON "Prescription"("patientId", "prescribedAt");

-- CreateIndex
CREATE INDEX "Prescription_patientId_drugName_idx" ON "Prescription"("patientId", "drugName");

-- CreateIndex
CREATE INDEX "Dispensing_prescriptionId_dispensedAt_idx" ON "Dispensing"("prescriptionId", "dispensedAt");

-- CreateIndex
CREATE UNIQUE INDEX "RenewalRequest_idempotencyKey_key" ON "RenewalRequest"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "RenewalRequest_pendingKey_key" ON "RenewalRequest"("pendingKey");

-- CreateIndex
CREATE INDEX "RenewalRequest_prescriptionId_sentAt_idx" ON "RenewalRequest"("prescriptionId", "sentAt");

-- CreateIndex
CREATE INDEX "PrescriptionDisclosure_patientId_disclosedAt_idx" ON "PrescriptionDisclosure"("patientId", "disclosedAt");

-- CreateIndex
CREATE INDEX "ServiceEvent_patientId_startAt_idx" ON "ServiceEvent"("patientId", "startAt");

-- CreateIndex
CREATE INDEX "HealthDocument_patientId_type_recordedAt_idx" ON "HealthDocument"("patientId", "type", "recordedAt");

-- CreateIndex
CREATE INDEX "HealthDocument_serviceEventId_idx" ON "HealthDocument"("serviceEventId");

-- CreateIndex
CREATE UNIQUE INDEX "HealthDocument_versionGroupId_version_key" ON "HealthDocument"("versionGroupId", "version");

-- CreateIndex
CREATE INDEX "Diagnosis_documentId_idx" ON "Diagnosis"("documentId");

-- CreateIndex
CREATE INDEX "LabResult_documentId_idx" ON "LabResult"("documentId");

-- CreateIndex
CREATE INDEX "LabResult_testCode_sampledAt_idx" ON "LabResult"("testCode", "sampledAt");

-- CreateIndex
CREATE INDEX "ImagingStudy_documentId_idx" ON "ImagingStudy"("documentId");

-- CreateIndex
CREATE INDEX "RiskInformation_documentId_idx" ON "RiskInformation"("documentId");

-- CreateIndex
CREATE INDEX "Vaccination_documentId_idx" ON "Vaccination"("documentId");

-- CreateIndex
CREATE INDEX "Certificate_documentId_idx" ON "Certificate"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "CovidCertificate_uvci_key" ON "CovidCertificate"("uvci");

-- CreateIndex
CREATE INDEX "CovidCertificate_patientId_idx" ON "CovidCertificate"("patientId");

-- CreateIndex
CREATE INDEX "HealthDisclosure_patientId_disclosedAt_idx" ON "HealthDisclosure"("patientId", "disclosedAt");

-- CreateIndex
CREATE UNIQUE INDEX "SocialClientRelationship_clientId_serviceTask_organisation_key" ON "SocialClientRelationship"("clientId", "serviceTask", "organisation");

-- CreateIndex
CREATE INDEX "SocialDocument_clientId_serviceTask_recordedAt_idx" ON "SocialDocument"("clientId", "serviceTask", "recordedAt");

-- CreateIndex
CREATE UNIQUE INDEX "SocialDocument_versionGroupId_version_key" ON "SocialDocument"("versionGroupId", "version");

-- CreateIndex
CREATE INDEX "SocialDisclosure_clientId_disclosedAt_idx" ON "SocialDisclosure"("clientId", "disclosedAt");

-- CreateIndex
CREATE UNIQUE INDEX "KantaInfoReceipt_personId_version_key" ON "KantaInfoReceipt"("personId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "DisclosurePermission_idempotencyKey_key" ON "DisclosurePermission"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "DisclosurePermission_activeKey_key" ON "DisclosurePermission"("activeKey");

-- CreateIndex
CREATE INDEX "DisclosurePermission_personId_domain_idx" ON "DisclosurePermission"("personId", "domain");

-- CreateIndex
CREATE UNIQUE INDEX "Prohibition_activeKey_key" ON "Prohibition"("activeKey");

-- CreateIndex
CREATE INDEX "Prohibition_personId_domain_idx" ON "Prohibition"("personId", "domain");

-- CreateIndex
CREATE UNIQUE INDEX "EuPatientSummaryConsent_personId_key" ON "EuPatientSummaryConsent"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "RegistryResearchContactBan_personId_key" ON "RegistryResearchContactBan"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "OrganDonationWill_personId_key" ON "OrganDonationWill"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "LivingWill_personId_key" ON "LivingWill"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Measurement_idempotencyKey_key" ON "Measurement"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Measurement_personId_kind_measuredAt_idx" ON "Measurement"("personId", "kind", "measuredAt");

-- CreateIndex
CREATE INDEX "WellbeingAppRight_personId_idx" ON "WellbeingAppRight"("personId");

-- CreateIndex
CREATE INDEX "AccessLogEntry_actorPersonId_at_idx" ON "AccessLogEntry"("actorPersonId", "at");

-- CreateIndex
CREATE INDEX "PortalSession_personId_createdAt_idx" ON "PortalSession"("personId", "createdAt");

-- AddForeignKey
ALTER TABLE "Guardianship" ADD CONSTRAINT "Guardianship_guardianId_fkey" FOREIGN KEY ("guardianId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Guardianship" ADD CONSTRAINT "Guardianship_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InformationRight" ADD CONSTRAINT "InformationRight_holderId_fkey" FOREIGN KEY ("holderId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InformationRight" ADD CONSTRAINT "InformationRight_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mandate" ADD CONSTRAINT "Mandate_giverId_fkey" FOREIGN KEY ("giverId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mandate" ADD CONSTRAINT "Mandate_holderId_fkey" FOREIGN KEY ("holderId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Prescription" ADD CONSTRAINT "Prescription_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Prescription" ADD CONSTRAINT "Prescription_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "CareUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dispensing" ADD CONSTRAINT "Dispensing_prescriptionId_fkey" FOREIGN KEY ("prescriptionId") REFERENCES "Prescription"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RenewalRequest" ADD CONSTRAINT "RenewalRequest_prescriptionId_fkey" FOREIGN KEY ("prescriptionId") REFERENCES "Prescription"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RenewalRequest" ADD CONSTRAINT "RenewalRequest_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RenewalRequest" ADD CONSTRAINT "RenewalRequest_receivingUnitId_fkey" FOREIGN KEY ("receivingUnitId") REFERENCES "CareUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrescriptionDisclosure" ADD CONSTRAINT "PrescriptionDisclosure_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrescriptionDisclosure" ADD CONSTRAINT "PrescriptionDisclosure_prescriptionId_fkey" FOREIGN KEY ("prescriptionId") REFERENCES "Prescription"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceEvent" ADD CONSTRAINT "ServiceEvent_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceEvent" ADD CONSTRAINT "ServiceEvent_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "CareUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HealthDocument" ADD CONSTRAINT "HealthDocument_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HealthDocument" ADD CONSTRAINT "HealthDocument_serviceEventId_fkey" FOREIGN KEY ("serviceEventId") REFERENCES "ServiceEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Diagnosis" ADD CONSTRAINT "Diagnosis_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "HealthDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LabResult" ADD CONSTRAINT "LabResult_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "HealthDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImagingStudy" ADD CONSTRAINT "ImagingStudy_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "HealthDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskInformation" ADD CONSTRAINT "RiskInformation_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "HealthDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vaccination" ADD CONSTRAINT "Vaccination_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "HealthDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "HealthDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CovidCertificate" ADD CONSTRAINT "CovidCertificate_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HealthDisclosure" ADD CONSTRAINT "HealthDisclosure_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialClientRelationship" ADD CONSTRAINT "SocialClientRelationship_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialDocument" ADD CONSTRAINT "SocialDocument_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialDocument" ADD CONSTRAINT "SocialDocument_relationshipId_fkey" FOREIGN KEY ("relationshipId") REFERENCES "SocialClientRelationship"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialDisclosure" ADD CONSTRAINT "SocialDisclosure_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KantaInfoReceipt" ADD CONSTRAINT "KantaInfoReceipt_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisclosurePermission" ADD CONSTRAINT "DisclosurePermission_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Prohibition" ADD CONSTRAINT "Prohibition_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EuPatientSummaryConsent" ADD CONSTRAINT "EuPatientSummaryConsent_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistryResearchContactBan" ADD CONSTRAINT "RegistryResearchContactBan_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganDonationWill" ADD CONSTRAINT "OrganDonationWill_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LivingWill" ADD CONSTRAINT "LivingWill_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WellbeingAppRight" ADD CONSTRAINT "WellbeingAppRight_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WellbeingAppRight" ADD CONSTRAINT "WellbeingAppRight_appId_fkey" FOREIGN KEY ("appId") REFERENCES "WellbeingApp"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PortalSession" ADD CONSTRAINT "PortalSession_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
