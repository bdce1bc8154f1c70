-- A campaign page gets a banner, any number of coupons and featured products.

-- CreateTable
CREATE TABLE "CampaignCoupon" (
    "campaignId" INTEGER NOT NULL,
    "couponId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "CampaignCoupon_pkey" PRIMARY KEY ("campaignId","couponId")
);

-- CreateTable
CREATE TABLE "CampaignProduct" (
    "campaignId" INTEGER NOT NULL,
    "productId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "CampaignProduct_pkey" PRIMARY KEY ("campaignId","productId")
);

-- CreateIndex
CREATE INDEX "CampaignCoupon_couponId_idx" ON "CampaignCoupon"("couponId");

-- CreateIndex
CREATE INDEX "CampaignProduct_productId_idx" ON "CampaignProduct"("productId");

-- AddForeignKey
ALTER TABLE "CampaignCoupon" ADD CONSTRAINT "CampaignCoupon_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignCoupon" ADD CONSTRAINT "CampaignCoupon_couponId_fkey" FOREIGN KEY ("couponId") REFERENCES "Coupon"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignProduct" ADD CONSTRAINT "CampaignProduct_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignProduct" ADD CONSTRAINT "CampaignProduct_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A campaign's one coupon becomes its first.
INSERT INTO "CampaignCoupon" ("campaignId", "couponId", "position")
SELECT id, "couponId", 0 FROM "Campaign" WHERE "couponId" IS NOT NULL;

-- DropForeignKey
ALTER TABLE "Campaign" DROP CONSTRAINT "Campaign_couponId_fkey";

-- AlterTable
ALTER TABLE "Campaign" DROP COLUMN "couponId",
ADD COLUMN     "bannerImageId" TEXT;
