-- CreateTable
CREATE TABLE "OrderCart" (
    "tenantId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "request" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,

    PRIMARY KEY ("tenantId", "orderId")
);

-- CreateIndex
CREATE INDEX "OrderCart_tenantId_createdAt_idx" ON "OrderCart"("tenantId", "createdAt");

