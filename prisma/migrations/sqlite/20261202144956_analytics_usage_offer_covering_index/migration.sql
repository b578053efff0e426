-- DropIndex
DROP INDEX "AnalyticsUsageHour_tenantId_grain_offerId_hour_idx";

-- CreateIndex
CREATE INDEX "AnalyticsUsageHour_tenantId_grain_offerId_hour_storeId_channel_currency_redemptions_amountMinor_idx" ON "AnalyticsUsageHour"("tenantId", "grain", "offerId", "hour", "storeId", "channel", "currency", "redemptions", "amountMinor");

