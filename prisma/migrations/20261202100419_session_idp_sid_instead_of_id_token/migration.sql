-- AlterTable
ALTER TABLE "PortalSession" DROP COLUMN "idTokenHint",
ADD COLUMN     "idpSid" TEXT;
