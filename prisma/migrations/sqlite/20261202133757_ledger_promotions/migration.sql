-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Redemption" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "codeId" TEXT,
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
    "windowKey" TEXT,
    "reservationId" TEXT
);
INSERT INTO "new_Redemption" ("amount", "catalogTotal", "channelType", "code", "codeId", "consumerId", "createdAt", "currency", "id", "offerId", "offerType", "orderId", "reservationId", "revertedAt", "status", "storeId", "tenantId", "windowKey") SELECT "amount", "catalogTotal", "channelType", "code", "codeId", "consumerId", "createdAt", "currency", "id", "offerId", "offerType", "orderId", "reservationId", "revertedAt", "status", "storeId", "tenantId", "windowKey" FROM "Redemption";
DROP TABLE "Redemption";
ALTER TABLE "new_Redemption" RENAME TO "Redemption";
CREATE INDEX "Redemption_tenantId_offerId_createdAt_idx" ON "Redemption"("tenantId", "offerId", "createdAt");
CREATE INDEX "Redemption_reservationId_idx" ON "Redemption"("reservationId");
CREATE UNIQUE INDEX "Redemption_tenantId_orderId_offerId_code_key" ON "Redemption"("tenantId", "orderId", "offerId", "code");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

