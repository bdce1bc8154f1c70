-- CreateEnum
CREATE TYPE "PriceChangeStatus" AS ENUM ('PENDING', 'APPLIED', 'SUPERSEDED', 'REFUSED');

-- CreateTable
CREATE TABLE "PriceChange" (
    "id" BIGSERIAL NOT NULL,
    "storeId" INTEGER,
    "productId" INTEGER NOT NULL,
    "priceFen" INTEGER NOT NULL,
    "memberPriceFen" INTEGER,
    "effectiveAt" TIMESTAMPTZ(3) NOT NULL,
    "sourceUpdatedAt" TIMESTAMPTZ(3) NOT NULL,
    "reference" TEXT,
    "clientId" UUID,
    "status" "PriceChangeStatus" NOT NULL DEFAULT 'PENDING',
    "note" TEXT,
    "previousPriceFen" INTEGER,
    "previousMemberPriceFen" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "settledAt" TIMESTAMPTZ(3),

    CONSTRAINT "PriceChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PriceChange_status_effectiveAt_idx" ON "PriceChange"("status", "effectiveAt");

-- CreateIndex
CREATE INDEX "PriceChange_productId_storeId_effectiveAt_idx" ON "PriceChange"("productId", "storeId", "effectiveAt");

-- AddForeignKey
ALTER TABLE "PriceChange" ADD CONSTRAINT "PriceChange_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriceChange" ADD CONSTRAINT "PriceChange_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;
