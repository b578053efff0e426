-- CreateTable
CREATE TABLE "ConflictSettings" (
    "tenantId" TEXT NOT NULL PRIMARY KEY,
    "stackingThresholdPercent" INTEGER NOT NULL DEFAULT 50,
    "updatedAt" DATETIME NOT NULL,
    "updatedBy" TEXT NOT NULL
);

