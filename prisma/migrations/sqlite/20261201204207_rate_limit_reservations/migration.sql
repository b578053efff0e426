-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_RateLimitBucket" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "windowStartMs" BIGINT NOT NULL,
    "count" INTEGER NOT NULL,
    "granted" INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "new_RateLimitBucket" ("count", "key", "windowStartMs") SELECT "count", "key", "windowStartMs" FROM "RateLimitBucket";
DROP TABLE "RateLimitBucket";
ALTER TABLE "new_RateLimitBucket" RENAME TO "RateLimitBucket";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

