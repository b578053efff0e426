-- CreateTable
CREATE TABLE "RedemptionPastUse" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "tenantId" TEXT NOT NULL,
    "redemptionId" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "offerType" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "consumerId" TEXT,
    "channelType" TEXT,
    "storeId" TEXT,
    "catalogTotal" INTEGER,
    "currency" TEXT,
    "amount" INTEGER,
    "status" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "revertedAt" DATETIME
);

-- CreateIndex
CREATE INDEX "RedemptionPastUse_createdAt_idx" ON "RedemptionPastUse"("createdAt");

-- CreateIndex
CREATE INDEX "RedemptionPastUse_revertedAt_idx" ON "RedemptionPastUse"("revertedAt");

-- CreateIndex
CREATE INDEX "RedemptionPastUse_tenantId_orderId_idx" ON "RedemptionPastUse"("tenantId", "orderId");


-- A reverted or released row used again by the same order (insertRedemptions' upsert, or a reservation's
-- retry) keeps its id and loses its old times: copy the ended use first, in the same statement's
-- transaction, for the rollup's source (lib/analytics/queries/source.ts). Fires on that rare update only.
CREATE TRIGGER "Redemption_keeps_past_use" AFTER UPDATE OF "status" ON "Redemption"
WHEN OLD."status" IN ('reverted', 'released') AND NEW."status" IN ('redeemed', 'reserved')
BEGIN
  INSERT INTO "RedemptionPastUse" ("tenantId", "redemptionId", "offerId", "offerType", "code", "orderId", "consumerId", "channelType",
    "storeId", "catalogTotal", "currency", "amount", "status", "createdAt", "revertedAt")
  VALUES (OLD."tenantId", OLD."id", OLD."offerId", OLD."offerType", OLD."code", OLD."orderId", OLD."consumerId", OLD."channelType",
    OLD."storeId", OLD."catalogTotal", OLD."currency", OLD."amount", OLD."status", OLD."createdAt", OLD."revertedAt");
END;
