-- AlterEnum
ALTER TYPE "RefundStatus" ADD VALUE 'PROCESSING';
