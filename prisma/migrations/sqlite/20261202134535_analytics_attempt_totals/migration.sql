-- CreateTable
CREATE TABLE "AnalyticsAttemptTotalHour" (
    "tenantId" TEXT NOT NULL,
    "hour" INTEGER NOT NULL,
    "outcome" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("tenantId", "hour", "outcome")
);

-- CreateIndex
CREATE INDEX "AnalyticsAttemptHour_tenantId_offerId_hour_idx" ON "AnalyticsAttemptHour"("tenantId", "offerId", "hour");


-- Totals of the outcomes counted so far.
INSERT INTO "AnalyticsAttemptTotalHour" ("tenantId", "hour", "outcome", "count")
SELECT "tenantId", "hour", "outcome", SUM("count") FROM "AnalyticsAttemptHour" GROUP BY "tenantId", "hour", "outcome";
