-- CreateIndex
CREATE INDEX "Redemption_createdAt_idx" ON "Redemption"("createdAt");

-- CreateIndex
CREATE INDEX "Redemption_revertedAt_idx" ON "Redemption"("revertedAt");


-- The usage rollups now keep the currency at every grain (amounts of different currencies never add
-- up): they are rebuilt from the ledger by the analytics.rollup job, which starts again at the oldest use.
DELETE FROM "AnalyticsUsageHour";
DELETE FROM "AnalyticsCodeDay";
DELETE FROM "AnalyticsCursor" WHERE "name" = 'redemptions';
