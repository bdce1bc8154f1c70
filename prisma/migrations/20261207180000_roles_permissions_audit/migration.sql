-- CreateEnum
CREATE TYPE "Permission" AS ENUM ('ORDERS_FULFIL', 'TILL', 'STOCK', 'STORE_REPORTS', 'ORDER_EXCEPTIONS', 'STORED_VALUE', 'QR_CODES', 'STORE_SETTINGS', 'STORE_SHELF', 'STAFF_MANAGE', 'AUDIT_READ', 'MARKETING', 'CATALOG', 'ROLES_MANAGE');

-- CreateTable
CREATE TABLE "Role" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "permissions" "Permission"[],
    "builtIn" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Role_key_key" ON "Role"("key");

-- The built-in roles every deployment has (bff/src/access/roles.ts names the same keys).
INSERT INTO "Role" ("key", "name", "permissions", "builtIn") VALUES
  ('CLERK', '店员', ARRAY['ORDERS_FULFIL', 'TILL', 'STOCK']::"Permission"[], true),
  ('STORE_MANAGER', '店长', ARRAY['ORDERS_FULFIL', 'TILL', 'STOCK', 'STORE_REPORTS', 'ORDER_EXCEPTIONS', 'STORED_VALUE', 'QR_CODES', 'STORE_SETTINGS', 'STORE_SHELF', 'STAFF_MANAGE', 'AUDIT_READ', 'MARKETING']::"Permission"[], true),
  ('HQ_OPERATOR', '总部运营', ARRAY['CATALOG', 'MARKETING', 'STORE_SHELF', 'STORE_REPORTS', 'QR_CODES', 'AUDIT_READ']::"Permission"[], true),
  ('HQ_ADMIN', '总部管理员', ARRAY['STAFF_MANAGE', 'ROLES_MANAGE', 'AUDIT_READ']::"Permission"[], true);

-- Existing assignments keep what they could do: CLERK stays a clerk, MANAGER becomes STORE_MANAGER.
ALTER TABLE "StaffMembership" ADD COLUMN "roleId" INTEGER;
UPDATE "StaffMembership" m SET "roleId" = r.id FROM "Role" r
  WHERE r.key = CASE m.role WHEN 'MANAGER' THEN 'STORE_MANAGER' ELSE 'CLERK' END;
ALTER TABLE "StaffMembership" DROP COLUMN "role",
ALTER COLUMN "roleId" SET NOT NULL,
ALTER COLUMN "storeId" DROP NOT NULL;

-- DropEnum
DROP TYPE "StaffRole";

-- One chain-wide assignment per person (the unique (userId, storeId) pair does not cover NULLs).
CREATE UNIQUE INDEX "StaffMembership_chain_user_key" ON "StaffMembership"("userId") WHERE "storeId" IS NULL;

-- CreateTable
CREATE TABLE "StaffInvitation" (
    "id" UUID NOT NULL,
    "codeHash" TEXT NOT NULL,
    "storeId" INTEGER,
    "roleId" INTEGER NOT NULL,
    "createdBy" UUID NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "usedBy" UUID,
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" UUID NOT NULL,
    "storeId" INTEGER,
    "kind" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StaffInvitation_codeHash_key" ON "StaffInvitation"("codeHash");

-- CreateIndex
CREATE INDEX "StaffInvitation_storeId_createdAt_idx" ON "StaffInvitation"("storeId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEntry_storeId_at_idx" ON "AuditEntry"("storeId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_actorUserId_at_idx" ON "AuditEntry"("actorUserId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_kind_at_idx" ON "AuditEntry"("kind", "at");

-- AddForeignKey
ALTER TABLE "StaffMembership" ADD CONSTRAINT "StaffMembership_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffInvitation" ADD CONSTRAINT "StaffInvitation_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffInvitation" ADD CONSTRAINT "StaffInvitation_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffInvitation" ADD CONSTRAINT "StaffInvitation_createdBy_fkey" FOREIGN KEY ("createdBy") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffInvitation" ADD CONSTRAINT "StaffInvitation_usedBy_fkey" FOREIGN KEY ("usedBy") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE CASCADE ON UPDATE CASCADE;


