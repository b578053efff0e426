-- CreateTable
CREATE TABLE "LegacyDiscountRule" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "description" TEXT,
    "scope" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "amount" INTEGER,
    "percentage" DOUBLE PRECISION,
    "currency" TEXT NOT NULL,
    "priority" INTEGER NOT NULL DEFAULT 0,
    "minimumOrderAmount" INTEGER,
    "shippingPriceLimit" INTEGER,
    "items" JSONB NOT NULL,
    "categories" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "LegacyDiscountRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LegacyTemplate" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "pattern" TEXT NOT NULL,
    "validationRules" JSONB NOT NULL,
    "discountRuleId" TEXT,
    "channelTypes" JSONB NOT NULL,
    "maxRedemptions" INTEGER,
    "amount" INTEGER,
    "currency" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "LegacyTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LegacyCoupon" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "label" TEXT,
    "validationRules" JSONB NOT NULL,
    "discountRuleId" TEXT,
    "amount" INTEGER,
    "currency" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LegacyCoupon_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LegacyDiscountRule_tenantId_createdAt_idx" ON "LegacyDiscountRule"("tenantId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "LegacyDiscountRule_tenantId_label_key" ON "LegacyDiscountRule"("tenantId", "label");

-- CreateIndex
CREATE INDEX "LegacyTemplate_tenantId_kind_createdAt_idx" ON "LegacyTemplate"("tenantId", "kind", "createdAt");

-- CreateIndex
CREATE INDEX "LegacyTemplate_tenantId_discountRuleId_idx" ON "LegacyTemplate"("tenantId", "discountRuleId");

-- CreateIndex
CREATE UNIQUE INDEX "LegacyTemplate_tenantId_label_key" ON "LegacyTemplate"("tenantId", "label");

-- CreateIndex
CREATE INDEX "LegacyCoupon_tenantId_templateId_idx" ON "LegacyCoupon"("tenantId", "templateId");

