-- CreateTable
CREATE TABLE "CodeImportChunk" (
    "importId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BLOB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("importId", "seq")
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CodeImport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'csv',
    "status" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileBytes" INTEGER NOT NULL DEFAULT 0,
    "storagePath" TEXT,
    "options" JSONB,
    "totalRows" INTEGER NOT NULL DEFAULT 0,
    "processedRows" INTEGER NOT NULL DEFAULT 0,
    "importedCount" INTEGER NOT NULL DEFAULT 0,
    "rejectedCount" INTEGER NOT NULL DEFAULT 0,
    "failureReason" TEXT,
    "heartbeatAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT NOT NULL,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    "checkpointOffset" INTEGER NOT NULL DEFAULT 0,
    "checkpointLine" INTEGER NOT NULL DEFAULT 1,
    "claimToken" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "new_CodeImport" ("createdAt", "createdBy", "failureReason", "fileBytes", "fileName", "finishedAt", "heartbeatAt", "id", "importedCount", "kind", "offerId", "options", "processedRows", "rejectedCount", "startedAt", "status", "storagePath", "tenantId", "totalRows") SELECT "createdAt", "createdBy", "failureReason", "fileBytes", "fileName", "finishedAt", "heartbeatAt", "id", "importedCount", "kind", "offerId", "options", "processedRows", "rejectedCount", "startedAt", "status", "storagePath", "tenantId", "totalRows" FROM "CodeImport";
DROP TABLE "CodeImport";
ALTER TABLE "new_CodeImport" RENAME TO "CodeImport";
CREATE INDEX "CodeImport_tenantId_offerId_createdAt_idx" ON "CodeImport"("tenantId", "offerId", "createdAt");
CREATE INDEX "CodeImport_status_heartbeatAt_idx" ON "CodeImport"("status", "heartbeatAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "CodeImportChunk_createdAt_idx" ON "CodeImportChunk"("createdAt");

