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

    CONSTRAINT "AnalyticsUsageHour_pkey" PRIMARY KEY ("tenantId","grain","hour","offerId","storeId","channel","currency")
);

-- CreateTable
CREATE TABLE "AnalyticsCodeDay" (
    "tenantId" TEXT NOT NULL,
    "day" INTEGER NOT NULL,
    "offerId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "redemptions" INTEGER NOT NULL,

    CONSTRAINT "AnalyticsCodeDay_pkey" PRIMARY KEY ("tenantId","day","offerId","code")
);

-- CreateTable
CREATE TABLE "AnalyticsAttemptHour" (
    "tenantId" TEXT NOT NULL,
    "hour" INTEGER NOT NULL,
    "offerId" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "AnalyticsAttemptHour_pkey" PRIMARY KEY ("tenantId","hour","offerId","outcome")
);

-- CreateTable
CREATE TABLE "AnalyticsCursor" (
    "name" TEXT NOT NULL,
    "readUntil" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnalyticsCursor_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "AnalyticsUsageHour_tenantId_grain_offerId_hour_idx" ON "AnalyticsUsageHour"("tenantId", "grain", "offerId", "hour");

-- CreateIndex
CREATE INDEX "AnalyticsCodeDay_tenantId_offerId_day_idx" ON "AnalyticsCodeDay"("tenantId", "offerId", "day");

