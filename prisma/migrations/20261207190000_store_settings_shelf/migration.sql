-- AlterTable
ALTER TABLE "Inventory" ADD COLUMN     "onSale" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "priceBandMaxFen" INTEGER,
ADD COLUMN     "priceBandMinFen" INTEGER;

-- AlterTable
ALTER TABLE "Store" ADD COLUMN     "deliveryPaused" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "extraPromiseMinutes" INTEGER NOT NULL DEFAULT 0;

-- Existing products get the band new seeds get (half to one and a half times the base price, in
-- whole jiao), so stores keep the prices they have and can move them within reason.
UPDATE "Product" SET "priceBandMinFen" = GREATEST(10, round("basePriceFen" * 0.05) * 10),
                     "priceBandMaxFen" = round("basePriceFen" * 0.15) * 10;
