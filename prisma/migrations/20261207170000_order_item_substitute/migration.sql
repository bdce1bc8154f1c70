-- AlterTable
ALTER TABLE "OrderItem" ADD COLUMN     "substituteName" TEXT,
ADD COLUMN     "substituteProductId" INTEGER;

-- AddForeignKey
ALTER TABLE "OrderItem" ADD CONSTRAINT "OrderItem_substituteProductId_fkey" FOREIGN KEY ("substituteProductId") REFERENCES "Product"("id") ON DELETE SET NULL ON UPDATE CASCADE;
