-- AlterTable
ALTER TABLE "CodeImport" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "checkpointLine" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "checkpointOffset" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "claimToken" TEXT;

-- CreateTable
CREATE TABLE "CodeImportChunk" (
    "importId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CodeImportChunk_pkey" PRIMARY KEY ("importId","seq")
);

-- CreateIndex
CREATE INDEX "CodeImportChunk_createdAt_idx" ON "CodeImportChunk"("createdAt");

