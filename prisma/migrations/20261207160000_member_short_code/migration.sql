-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "shortCode" TEXT,
ADD COLUMN     "shortCodeStep" INTEGER;

-- CreateIndex
CREATE UNIQUE INDEX "Member_shortCode_key" ON "Member"("shortCode");
