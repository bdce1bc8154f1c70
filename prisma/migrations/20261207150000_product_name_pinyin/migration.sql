-- Pinyin search keys per product (computed by the application with pinyin-pro: PostgreSQL has no
-- pinyin). Rows already there get empty keys here, which the BFF fills at start-up
-- (fillMissingPinyinKeys); the seed and every product writer fill them for new rows.
-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "nameInitials" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "namePinyin" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Product" ALTER COLUMN "nameInitials" DROP DEFAULT,
ALTER COLUMN "namePinyin" DROP DEFAULT;

-- Search matches every term against the name and its pinyin keys together, so the character/pair
-- index covers all three; the name-only one is no longer used.
DROP INDEX "Product_name_grams_idx";
CREATE INDEX "Product_search_grams_idx" ON "Product" USING GIN (product_name_grams("name" || ' ' || "namePinyin" || ' ' || "nameInitials"));

-- Hot words and no-result suggestions rank a store's sales of the last 30 days.
-- CreateIndex
CREATE INDEX "Order_storeId_createdAt_idx" ON "Order"("storeId", "createdAt");
