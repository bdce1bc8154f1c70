-- AlterTable
ALTER TABLE "Refund" ADD COLUMN     "handledAt" TIMESTAMPTZ(3),
ADD COLUMN     "handledByUserId" UUID,
ADD COLUMN     "handledNote" TEXT;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_handledByUserId_fkey" FOREIGN KEY ("handledByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
