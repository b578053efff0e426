-- AlterTable
ALTER TABLE "Offer" ADD COLUMN "limits" JSONB;

-- AlterTable
ALTER TABLE "PosCampaign" ADD COLUMN "limits" JSONB;

-- CreateTable
CREATE TABLE "OfferUsage" (
    "tenantId" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "windowKey" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "used" BIGINT NOT NULL DEFAULT 0,
    "cap" BIGINT NOT NULL,

    PRIMARY KEY ("tenantId", "offerId", "windowKey", "scope")
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Redemption" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "codeId" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "consumerId" TEXT,
    "channelType" TEXT,
    "storeId" TEXT,
    "catalogTotal" INTEGER,
    "currency" TEXT,
    "status" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revertedAt" DATETIME,
    "offerType" TEXT NOT NULL DEFAULT 'coupon',
    "amount" INTEGER,
    "windowKey" TEXT
);
INSERT INTO "new_Redemption" ("catalogTotal", "channelType", "code", "codeId", "consumerId", "createdAt", "currency", "id", "offerId", "orderId", "revertedAt", "status", "storeId", "tenantId") SELECT "catalogTotal", "channelType", "code", "codeId", "consumerId", "createdAt", "currency", "id", "offerId", "orderId", "revertedAt", "status", "storeId", "tenantId" FROM "Redemption";
DROP TABLE "Redemption";
ALTER TABLE "new_Redemption" RENAME TO "Redemption";
CREATE INDEX "Redemption_tenantId_offerId_createdAt_idx" ON "Redemption"("tenantId", "offerId", "createdAt");
CREATE UNIQUE INDEX "Redemption_tenantId_orderId_code_key" ON "Redemption"("tenantId", "orderId", "code");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

