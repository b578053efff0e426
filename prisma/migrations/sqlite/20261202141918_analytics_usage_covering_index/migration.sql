-- CreateIndex
CREATE INDEX "AnalyticsUsageHour_tenantId_grain_hour_offerId_storeId_channel_currency_redemptions_amountMinor_idx" ON "AnalyticsUsageHour"("tenantId", "grain", "hour", "offerId", "storeId", "channel", "currency", "redemptions", "amountMinor");

