-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "sku" TEXT,
ADD COLUMN     "sourceUpdatedAt" TIMESTAMPTZ(3),
ADD COLUMN     "specification" TEXT NOT NULL DEFAULT '';

-- The chain has keyed its products by barcode so far (the integration API's `sku` was the barcode):
-- each existing product's SKU is its barcode, so references that tills and the ERP already send keep
-- naming the same products.
UPDATE "Product" SET "sku" = "barcode" WHERE "sku" IS NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Product_sku_key" ON "Product"("sku");
