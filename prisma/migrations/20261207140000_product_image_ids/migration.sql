-- Product images move into the BFF's image store: the column now holds content hashes, not URLs.
-- The old URLs (/static/products/N.png) never existed, so they are dropped; such products show
-- the client's placeholder until images are uploaded for them.
ALTER TABLE "Product" RENAME COLUMN "images" TO "imageIds";
UPDATE "Product" SET "imageIds" = ARRAY(SELECT id FROM unnest("imageIds") AS id WHERE id ~ '^[0-9a-f]{64}$');
