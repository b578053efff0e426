-- AlterTable
ALTER TABLE "Redemption" ADD COLUMN "reservationId" TEXT;

-- CreateTable
CREATE TABLE "Reservation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" DATETIME
);

-- CreateIndex
CREATE INDEX "Reservation_status_expiresAt_idx" ON "Reservation"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "Reservation_tenantId_orderId_idx" ON "Reservation"("tenantId", "orderId");

-- CreateIndex
CREATE INDEX "Redemption_reservationId_idx" ON "Redemption"("reservationId");

