-- CreateTable
CREATE TABLE "PosCampaign" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL DEFAULT 'coupon',
    "startDate" TEXT NOT NULL,
    "startTime" TEXT,
    "endDate" TEXT,
    "endTime" TEXT,
    "validFrom" TEXT NOT NULL,
    "validTo" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "warehouseId" TEXT,
    "storeGroupId" TEXT,
    "kind" TEXT NOT NULL,
    "category" JSONB NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'EUR',
    "version" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "updatedBy" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "PosCouponRule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT,
    "description" TEXT,
    "issuedFromDate" TEXT,
    "issuedUntilDate" TEXT,
    "warehouseId" TEXT,
    "storeGroupId" TEXT,
    "campaignId" TEXT,
    "printedAutomaticallyInPOS" BOOLEAN NOT NULL DEFAULT false,
    "threshold" TEXT,
    "measure" TEXT NOT NULL DEFAULT 'dollars',
    "thresholdType" TEXT NOT NULL DEFAULT 'this_sale',
    "promptCashier" BOOLEAN NOT NULL DEFAULT false,
    "printingCostInRewardPoints" INTEGER NOT NULL DEFAULT 0,
    "version" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "updatedBy" TEXT NOT NULL,
    CONSTRAINT "PosCouponRule_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "PosCampaign" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IssuedCoupon" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "couponRuleId" TEXT NOT NULL,
    "uniqueIdentifier" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "expiryDate" TEXT,
    "isPrintedAutomatically" BOOLEAN NOT NULL DEFAULT false,
    "printingCost" INTEGER NOT NULL DEFAULT 0,
    "issuedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "issuedStoreId" TEXT,
    "issuedPointOfSaleId" TEXT,
    "issuedEmployeeId" TEXT,
    "issuedCustomerId" TEXT,
    "issuedInvoiceId" TEXT,
    "redeemedAt" DATETIME,
    "redeemedStoreId" TEXT,
    "redeemedPointOfSaleId" TEXT,
    "redeemedEmployeeId" TEXT,
    "redeemedCustomerId" TEXT,
    "redeemedInvoiceId" TEXT,
    "createdBy" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "IssuedCoupon_couponRuleId_fkey" FOREIGN KEY ("couponRuleId") REFERENCES "PosCouponRule" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "PosCampaign_tenantId_createdAt_idx" ON "PosCampaign"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "PosCampaign_tenantId_name_idx" ON "PosCampaign"("tenantId", "name");

-- CreateIndex
CREATE INDEX "PosCouponRule_tenantId_createdAt_idx" ON "PosCouponRule"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "PosCouponRule_tenantId_name_idx" ON "PosCouponRule"("tenantId", "name");

-- CreateIndex
CREATE INDEX "PosCouponRule_tenantId_printedAutomaticallyInPOS_idx" ON "PosCouponRule"("tenantId", "printedAutomaticallyInPOS");

-- CreateIndex
CREATE INDEX "PosCouponRule_campaignId_idx" ON "PosCouponRule"("campaignId");

-- CreateIndex
CREATE INDEX "IssuedCoupon_tenantId_issuedAt_idx" ON "IssuedCoupon"("tenantId", "issuedAt");

-- CreateIndex
CREATE INDEX "IssuedCoupon_tenantId_couponRuleId_issuedAt_idx" ON "IssuedCoupon"("tenantId", "couponRuleId", "issuedAt");

-- CreateIndex
CREATE INDEX "IssuedCoupon_tenantId_status_issuedAt_idx" ON "IssuedCoupon"("tenantId", "status", "issuedAt");

-- CreateIndex
CREATE INDEX "IssuedCoupon_tenantId_issuedCustomerId_idx" ON "IssuedCoupon"("tenantId", "issuedCustomerId");

-- CreateIndex
CREATE INDEX "IssuedCoupon_tenantId_redeemedCustomerId_idx" ON "IssuedCoupon"("tenantId", "redeemedCustomerId");

-- CreateIndex
CREATE INDEX "IssuedCoupon_tenantId_redeemedAt_idx" ON "IssuedCoupon"("tenantId", "redeemedAt");

-- CreateIndex
CREATE UNIQUE INDEX "IssuedCoupon_tenantId_uniqueIdentifier_key" ON "IssuedCoupon"("tenantId", "uniqueIdentifier");

