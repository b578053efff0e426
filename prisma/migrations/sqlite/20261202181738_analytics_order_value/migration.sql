-- AlterTable
ALTER TABLE "OrderCart" ADD COLUMN "valueMinor" INTEGER;

-- CreateTable
CREATE TABLE "AnalyticsOrderHour" (
    "tenantId" TEXT NOT NULL,
    "grain" TEXT NOT NULL,
    "hour" INTEGER NOT NULL,
    "offerId" TEXT NOT NULL,
    "storeId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "orders" INTEGER NOT NULL,
    "valueMinor" INTEGER NOT NULL,

    PRIMARY KEY ("tenantId", "grain", "hour", "offerId", "storeId", "channel", "currency")
);

-- CreateIndex
CREATE INDEX "AnalyticsOrderHour_tenantId_grain_offerId_hour_storeId_channel_currency_orders_valueMinor_idx" ON "AnalyticsOrderHour"("tenantId", "grain", "offerId", "hour", "storeId", "channel", "currency", "orders", "valueMinor");

-- CreateIndex
CREATE INDEX "AnalyticsOrderHour_tenantId_grain_hour_offerId_storeId_channel_currency_orders_valueMinor_idx" ON "AnalyticsOrderHour"("tenantId", "grain", "hour", "offerId", "storeId", "channel", "currency", "orders", "valueMinor");

-- CreateIndex
CREATE INDEX "OrderCart_createdAt_idx" ON "OrderCart"("createdAt");

