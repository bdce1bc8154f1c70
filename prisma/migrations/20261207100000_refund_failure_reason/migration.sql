-- AlterTable
ALTER TABLE "Refund" ADD COLUMN     "failureReason" TEXT;
