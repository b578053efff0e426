-- CreateIndex
CREATE INDEX "AnalyticsUsageHour_tenantId_grain_hour_offerId_storeId_chan_idx" ON "AnalyticsUsageHour"("tenantId", "grain", "hour", "offerId", "storeId", "channel", "currency", "redemptions", "amountMinor");

