-- DropForeignKey
ALTER TABLE "TillReceipt" DROP CONSTRAINT "TillReceipt_staffUserId_fkey";

-- AlterTable
ALTER TABLE "InventoryMovement" ADD COLUMN     "occurredAt" TIMESTAMPTZ(3),
ADD COLUMN     "reference" TEXT,
ADD COLUMN     "source" TEXT;

-- AlterTable
ALTER TABLE "TillReceipt" ALTER COLUMN "staffUserId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "IntegrationClient" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "storeId" INTEGER,
    "createdByUserId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IntegrationClient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntegrationKey" (
    "id" TEXT NOT NULL,
    "clientId" UUID NOT NULL,
    "secretCipher" BYTEA NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "IntegrationKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntegrationNonce" (
    "keyId" TEXT NOT NULL,
    "nonce" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "IntegrationNonce_pkey" PRIMARY KEY ("keyId","nonce")
);

-- CreateTable
CREATE TABLE "IntegrationRequest" (
    "clientId" UUID NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "status" INTEGER,
    "response" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IntegrationRequest_pkey" PRIMARY KEY ("clientId","idempotencyKey")
);

-- CreateTable
CREATE TABLE "IntegrationReceipt" (
    "storeId" INTEGER NOT NULL,
    "receiptId" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "soldAt" TIMESTAMPTZ(3) NOT NULL,
    "amountFen" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IntegrationReceipt_pkey" PRIMARY KEY ("storeId","receiptId")
);

-- CreateIndex
CREATE INDEX "IntegrationKey_clientId_idx" ON "IntegrationKey"("clientId");

-- CreateIndex
CREATE INDEX "IntegrationNonce_createdAt_idx" ON "IntegrationNonce"("createdAt");

-- CreateIndex
CREATE INDEX "IntegrationRequest_createdAt_idx" ON "IntegrationRequest"("createdAt");

-- AddForeignKey
ALTER TABLE "TillReceipt" ADD CONSTRAINT "TillReceipt_staffUserId_fkey" FOREIGN KEY ("staffUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrationClient" ADD CONSTRAINT "IntegrationClient_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrationClient" ADD CONSTRAINT "IntegrationClient_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrationKey" ADD CONSTRAINT "IntegrationKey_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "IntegrationClient"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrationRequest" ADD CONSTRAINT "IntegrationRequest_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "IntegrationClient"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrationReceipt" ADD CONSTRAINT "IntegrationReceipt_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Head office's administrators manage the integration clients.
UPDATE "Role" SET permissions = array_append(permissions, 'INTEGRATIONS') WHERE key = 'HQ_ADMIN' AND NOT 'INTEGRATIONS' = ANY(permissions);

-- A sale at the till is a fact: on-hand may drop below what open orders reserved (those orders are
-- then short, shown to staff); available is read as GREATEST(onHand - reserved, 0).
ALTER TABLE "Inventory" DROP CONSTRAINT "Inventory_stock_check";
ALTER TABLE "Inventory" ADD CONSTRAINT "Inventory_stock_check" CHECK ("onHand" >= 0 AND "reserved" >= 0);
