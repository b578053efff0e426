-- CreateTable
CREATE TABLE "ConflictSettings" (
    "tenantId" TEXT NOT NULL,
    "stackingThresholdPercent" INTEGER NOT NULL DEFAULT 50,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "ConflictSettings_pkey" PRIMARY KEY ("tenantId")
);

