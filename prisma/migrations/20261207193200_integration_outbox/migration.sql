-- CreateEnum
CREATE TYPE "IntegrationDeliveryStatus" AS ENUM ('PENDING', 'DELIVERED', 'DEAD');

-- AlterTable
ALTER TABLE "IntegrationClient" ADD COLUMN     "webhookUrl" TEXT;

-- CreateTable
CREATE TABLE "IntegrationEvent" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "storeId" INTEGER,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IntegrationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntegrationDelivery" (
    "eventId" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "status" "IntegrationDeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL,
    "lastError" TEXT,
    "deliveredAt" TIMESTAMPTZ(3),

    CONSTRAINT "IntegrationDelivery_pkey" PRIMARY KEY ("eventId","clientId")
);

-- CreateIndex
CREATE INDEX "IntegrationEvent_createdAt_idx" ON "IntegrationEvent"("createdAt");

-- CreateIndex
CREATE INDEX "IntegrationDelivery_status_nextAttemptAt_idx" ON "IntegrationDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "IntegrationDelivery_clientId_eventId_idx" ON "IntegrationDelivery"("clientId", "eventId");

-- AddForeignKey
ALTER TABLE "IntegrationDelivery" ADD CONSTRAINT "IntegrationDelivery_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "IntegrationEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrationDelivery" ADD CONSTRAINT "IntegrationDelivery_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "IntegrationClient"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The outbox's one way in: an event for every client whose webhook covers the store (the ERP's all,
-- a till's its own), nothing when nobody listens. Called by the BFF (orders) and by the trigger below,
-- always inside the transaction making the change.
CREATE FUNCTION integration_emit(event_kind text, event_store integer, event_payload jsonb, event_at timestamptz) RETURNS void
LANGUAGE sql AS $$
  WITH targets AS (
    SELECT id FROM "IntegrationClient" WHERE "webhookUrl" IS NOT NULL AND ("storeId" IS NULL OR "storeId" = event_store)),
  e AS (
    INSERT INTO "IntegrationEvent" (id, kind, "storeId", payload, "createdAt")
    SELECT gen_random_uuid(), event_kind, event_store, event_payload, event_at WHERE EXISTS (SELECT 1 FROM targets)
    RETURNING id)
  INSERT INTO "IntegrationDelivery" ("eventId", "clientId", "nextAttemptAt") SELECT e.id, t.id, event_at FROM e, targets t;
$$;

-- Every stock movement, whichever code path wrote it (online sales, staff counts, tills, the ERP).
CREATE FUNCTION integration_movement_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM integration_emit('stock.movement', NEW."storeId", jsonb_build_object(
    'movementId', NEW.id::text, 'storeId', NEW."storeId", 'productId', NEW."productId", 'kind', NEW.kind,
    'onHandFrom', NEW."onHandFrom", 'onHandTo', NEW."onHandTo", 'reason', NEW.reason, 'source', NEW.source,
    'reference', NEW.reference, 'occurredAt', COALESCE(NEW."occurredAt", NEW."createdAt"), 'recordedAt', NEW."createdAt"), NEW."createdAt");
  RETURN NULL;
END $$;

CREATE TRIGGER "InventoryMovement_integration_event" AFTER INSERT ON "InventoryMovement"
  FOR EACH ROW EXECUTE FUNCTION integration_movement_event();
