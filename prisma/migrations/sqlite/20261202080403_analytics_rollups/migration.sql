-- CreateTable
CREATE TABLE "AnalyticsUsageHour" (
    "tenantId" TEXT NOT NULL,
    "grain" TEXT NOT NULL,
    "hour" INTEGER NOT NULL,
    "offerId" TEXT NOT NULL,
    "storeId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "redemptions" INTEGER NOT NULL,
    "amountMinor" INTEGER NOT NULL,

    PRIMARY KEY ("tenantId", "grain", "hour", "offerId", "storeId", "channel", "currency")
);

-- CreateTable
CREATE TABLE "AnalyticsCodeDay" (
    "tenantId" TEXT NOT NULL,
    "day" INTEGER NOT NULL,
    "offerId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "redemptions" INTEGER NOT NULL,

    PRIMARY KEY ("tenantId", "day", "offerId", "code")
);

-- CreateTable
CREATE TABLE "AnalyticsAttemptHour" (
    "tenantId" TEXT NOT NULL,
    "hour" INTEGER NOT NULL,
    "offerId" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("tenantId", "hour", "offerId", "outcome")
);

-- CreateTable
CREATE TABLE "AnalyticsCursor" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "readUntil" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "AnalyticsUsageHour_tenantId_grain_offerId_hour_idx" ON "AnalyticsUsageHour"("tenantId", "grain", "offerId", "hour");

-- CreateIndex
CREATE INDEX "AnalyticsCodeDay_tenantId_offerId_day_idx" ON "AnalyticsCodeDay"("tenantId", "offerId", "day");

