-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "tenantId" TEXT,
    "payload" JSONB NOT NULL,
    "status" TEXT NOT NULL,
    "runAt" DATETIME NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL,
    "heartbeatAt" DATETIME,
    "claimToken" TEXT,
    "lastError" TEXT,
    "dedupKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME
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
SELECT 'codes.import:' || "id", 'codes.import', "tenantId", json_object('importId', "id"), 'queued',
       strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "attempts", 5, "id", strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')
FROM "CodeImport" WHERE "status" IN ('queued', 'processing');
