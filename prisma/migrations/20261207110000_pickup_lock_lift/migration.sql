-- CreateTable
CREATE TABLE "PickupLockLift" (
    "id" UUID NOT NULL,
    "storeId" INTEGER NOT NULL,
    "staffUserId" UUID NOT NULL,
    "liftedByUserId" UUID NOT NULL,
    "failedAttempts" INTEGER NOT NULL,
    "liftedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PickupLockLift_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PickupLockLift_storeId_liftedAt_idx" ON "PickupLockLift"("storeId", "liftedAt");

-- AddForeignKey
ALTER TABLE "PickupLockLift" ADD CONSTRAINT "PickupLockLift_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PickupLockLift" ADD CONSTRAINT "PickupLockLift_staffUserId_fkey" FOREIGN KEY ("staffUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PickupLockLift" ADD CONSTRAINT "PickupLockLift_liftedByUserId_fkey" FOREIGN KEY ("liftedByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

