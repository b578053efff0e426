-- AlterTable
ALTER TABLE "RateLimitBucket" ADD COLUMN     "granted" INTEGER NOT NULL DEFAULT 0;

