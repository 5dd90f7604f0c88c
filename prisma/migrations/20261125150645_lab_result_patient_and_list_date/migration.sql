-- LabResult gets its patient and its list date (V-HEALTH-9), so a patient's results are read by
-- index instead of by joining every document. Existing rows are filled in before the columns
-- become required, so a database with data migrates without losing any.

-- DropForeignKey
ALTER TABLE "LabResult" DROP CONSTRAINT "LabResult_documentId_fkey";

-- AlterTable
ALTER TABLE "LabResult" ADD COLUMN     "listDate" TIMESTAMP(3),
ADD COLUMN     "patientId" TEXT;

-- Backfill: the document's patient; the service event's start, else the sampling time.
UPDATE "LabResult" AS l
SET "patientId" = d."patientId",
    "listDate" = COALESCE(e."startAt", l."sampledAt")
FROM "HealthDocument" AS d
LEFT JOIN "ServiceEvent" AS e ON e."id" = d."serviceEventId"
WHERE d."id" = l."documentId";

ALTER TABLE "LabResult" ALTER COLUMN "listDate" SET NOT NULL,
ALTER COLUMN "patientId" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "HealthDocument_id_patientId_key" ON "HealthDocument"("id", "patientId");

-- CreateIndex
CREATE INDEX "LabResult_patientId_listDate_idx" ON "LabResult"("patientId", "listDate");

-- AddForeignKey
ALTER TABLE "LabResult" ADD CONSTRAINT "LabResult_documentId_patientId_fkey" FOREIGN KEY ("documentId", "patientId") REFERENCES "HealthDocument"("id", "patientId") ON DELETE RESTRICT ON UPDATE CASCADE;
