-- AlterTable
ALTER TABLE "Offer" ADD COLUMN     "unpublished" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "PosCampaign" ADD COLUMN     "unpublished" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "OfferVersion" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "status" TEXT NOT NULL,
    "publishAt" TIMESTAMP(3),
    "restoresNumber" INTEGER,
    "note" TEXT,
    "etag" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "publishedBy" TEXT,

    CONSTRAINT "OfferVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Scenario" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "request" JSONB NOT NULL,
    "expected" JSONB NOT NULL,
    "pinnedAt" TIMESTAMP(3) NOT NULL,
    "pinnedBy" TEXT NOT NULL,
    "lastStatus" TEXT,
    "lastDifferences" JSONB,
    "lastRunAt" TIMESTAMP(3),
    "version" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "Scenario_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OfferVersion_status_publishAt_idx" ON "OfferVersion"("status", "publishAt");

-- CreateIndex
CREATE UNIQUE INDEX "OfferVersion_tenantId_kind_offerId_number_key" ON "OfferVersion"("tenantId", "kind", "offerId", "number");

-- CreateIndex
CREATE INDEX "Scenario_tenantId_createdAt_idx" ON "Scenario"("tenantId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Scenario_tenantId_name_key" ON "Scenario"("tenantId", "name");

