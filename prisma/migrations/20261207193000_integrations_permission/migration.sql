-- AlterEnum (alone: PostgreSQL cannot use a value added in the same transaction)
ALTER TYPE "Permission" ADD VALUE 'INTEGRATIONS';
