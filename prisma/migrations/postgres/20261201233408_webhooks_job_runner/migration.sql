-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "tenantId" TEXT,
    "payload" JSONB NOT NULL,
    "status" TEXT NOT NULL,
    "runAt" TIMESTAMP(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL,
    "heartbeatAt" TIMESTAMP(3),
    "claimToken" TEXT,
    "lastError" TEXT,
    "dedupKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Job_status_runAt_idx" ON "Job"("status", "runAt");

-- CreateIndex
CREATE INDEX "Job_finishedAt_idx" ON "Job"("finishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Job_kind_dedupKey_key" ON "Job"("kind", "dedupKey");


-- Imports that were waiting or running under the old import worker become jobs of the one runner
-- (kind codes.import, one per import: dedupKey is the import id). Their checkpoints are on CodeImport.
INSERT INTO "Job" ("id", "kind", "tenantId", "payload", "status", "runAt", "attempts", "maxAttempts", "dedupKey", "createdAt")
SELECT 'codes.import:' || "id", 'codes.import', "tenantId", jsonb_build_object('importId', "id"), 'queued',
       now() AT TIME ZONE 'UTC', "attempts", 5, "id", now() AT TIME ZONE 'UTC'
FROM "CodeImport" WHERE "status" IN ('queued', 'processing');
