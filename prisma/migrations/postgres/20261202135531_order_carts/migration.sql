-- CreateTable
CREATE TABLE "OrderCart" (
    "tenantId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "request" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrderCart_pkey" PRIMARY KEY ("tenantId","orderId")
);

-- CreateIndex
CREATE INDEX "OrderCart_tenantId_createdAt_idx" ON "OrderCart"("tenantId", "createdAt");

