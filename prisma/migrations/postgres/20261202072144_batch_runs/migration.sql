-- CreateTable
CREATE TABLE "BatchRun" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileBytes" INTEGER NOT NULL,
    "format" TEXT NOT NULL,
    "drafts" JSONB NOT NULL,
    "totalCarts" INTEGER NOT NULL DEFAULT 0,
    "pricedCarts" INTEGER NOT NULL DEFAULT 0,
    "errorRows" INTEGER NOT NULL DEFAULT 0,
    "parsed" BOOLEAN NOT NULL DEFAULT false,
    "summary" JSONB,
    "failure" TEXT,
    "claimToken" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "BatchRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BatchRunFilePiece" (
    "runId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "BatchRunFilePiece_pkey" PRIMARY KEY ("runId","seq")
);

-- CreateTable
CREATE TABLE "BatchRunCart" (
    "runId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "cartId" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "subtotal" INTEGER NOT NULL,
    "liveDiscount" INTEGER NOT NULL,
    "draftDiscount" INTEGER NOT NULL,
    "liveTotal" INTEGER NOT NULL,
    "draftTotal" INTEGER NOT NULL,
    "difference" INTEGER NOT NULL,
    "absDifference" INTEGER NOT NULL,
    "draftShareBp" INTEGER NOT NULL,
    "changed" BOOLEAN NOT NULL,
    "detail" TEXT NOT NULL,

    CONSTRAINT "BatchRunCart_pkey" PRIMARY KEY ("runId","seq")
);

-- CreateTable
CREATE TABLE "BatchRunError" (
    "runId" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "field" TEXT,
    "message" TEXT NOT NULL,

    CONSTRAINT "BatchRunError_pkey" PRIMARY KEY ("runId","line")
);

-- CreateIndex
CREATE INDEX "BatchRun_tenantId_createdAt_idx" ON "BatchRun"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "BatchRunCart_runId_absDifference_idx" ON "BatchRunCart"("runId", "absDifference");

-- CreateIndex
CREATE INDEX "BatchRunCart_runId_draftShareBp_idx" ON "BatchRunCart"("runId", "draftShareBp");

