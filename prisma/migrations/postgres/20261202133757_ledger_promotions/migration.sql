-- DropIndex
DROP INDEX "Redemption_tenantId_orderId_code_key";

-- AlterTable
ALTER TABLE "Redemption" ALTER COLUMN "codeId" DROP NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Redemption_tenantId_orderId_offerId_code_key" ON "Redemption"("tenantId", "orderId", "offerId", "code");

