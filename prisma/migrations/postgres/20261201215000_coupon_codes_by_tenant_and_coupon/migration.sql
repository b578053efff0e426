-- DropIndex
DROP INDEX "CouponCode_offerId_code_idx";

-- CreateIndex
CREATE INDEX "CouponCode_tenantId_offerId_code_idx" ON "CouponCode"("tenantId", "offerId", "code");

