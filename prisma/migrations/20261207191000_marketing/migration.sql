-- Promotions: several stores instead of one, a member-only flag, tiered thresholds, 第二件半价.
ALTER TYPE "PromotionKind" ADD VALUE 'SECOND_ITEM_DISCOUNT';

ALTER TABLE "Promotion" ADD COLUMN "storeIds" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
ADD COLUMN "memberOnly" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

UPDATE "Promotion" SET "storeIds" = ARRAY["storeId"] WHERE "storeId" IS NOT NULL;

-- The rule shapes of bff/src/pricing/rules.ts: a scope on every kind, thresholds as a list of tiers.
UPDATE "Promotion"
   SET conditions = jsonb_build_object('productIds', '[]'::jsonb, 'categoryIds', '[]'::jsonb),
       rewards = jsonb_build_object('tiers', jsonb_build_array(jsonb_build_object('minSpendFen', conditions->'minSpendFen', 'amountOffFen', rewards->'amountOffFen')))
 WHERE kind = 'SPEND_THRESHOLD' AND conditions ? 'minSpendFen';
UPDATE "Promotion"
   SET conditions = conditions || jsonb_build_object('categoryIds', '[]'::jsonb)
 WHERE kind = 'BUY_N_DISCOUNT' AND NOT conditions ? 'categoryIds';

ALTER TABLE "Promotion" DROP CONSTRAINT "Promotion_storeId_fkey";
ALTER TABLE "Promotion" DROP COLUMN "storeId";

-- Coupons: delivery-only or pickup-only, and given on joining the membership.
ALTER TABLE "Coupon" ADD COLUMN "fulfilment" "FulfilmentType",
ADD COLUMN "grantOnJoin" BOOLEAN NOT NULL DEFAULT false;

-- CreateEnum
CREATE TYPE "CouponGrantRowStatus" AS ENUM ('PENDING', 'GRANTED', 'SKIPPED', 'FAILED');

-- CreateTable
CREATE TABLE "CouponGrantBatch" (
    "id" UUID NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "couponId" INTEGER NOT NULL,
    "actorUserId" UUID NOT NULL,
    "total" INTEGER NOT NULL,
    "granted" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CouponGrantBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouponGrantRow" (
    "batchId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "identifier" TEXT NOT NULL,
    "status" "CouponGrantRowStatus" NOT NULL DEFAULT 'PENDING',
    "reason" TEXT,
    "userCouponId" UUID,

    CONSTRAINT "CouponGrantRow_pkey" PRIMARY KEY ("batchId","position")
);

-- CreateIndex
CREATE UNIQUE INDEX "CouponGrantBatch_idempotencyKey_key" ON "CouponGrantBatch"("idempotencyKey");

-- CreateIndex
CREATE INDEX "CouponGrantRow_batchId_status_idx" ON "CouponGrantRow"("batchId", "status");

-- AddForeignKey
ALTER TABLE "CouponGrantBatch" ADD CONSTRAINT "CouponGrantBatch_couponId_fkey" FOREIGN KEY ("couponId") REFERENCES "Coupon"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouponGrantRow" ADD CONSTRAINT "CouponGrantRow_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "CouponGrantBatch"("id") ON DELETE CASCADE ON UPDATE CASCADE;
