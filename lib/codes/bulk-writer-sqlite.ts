// The batch commit on SQLite, over its own better-sqlite3 connection with prepared statements (see
// bulk-writer.ts for why not Prisma). The batch runs synchronously from BEGIN IMMEDIATE to COMMIT, so
// nothing else in this process interleaves with it; it takes the process's SQLite turn first
// (sqlite-serial.ts), so the app's own connection is idle meanwhile. busy_timeout is 0 and we retry
// asynchronously when another process holds the write lock: a synchronous busy wait would block the event loop.
import Database from "better-sqlite3";
import { newCodeId } from "@/lib/codes/code-id";
import { codeMaxRedemptions } from "@/lib/codes/get-coupon-for-codes";
import {
  codeOrder,
  conflictReason,
  MAX_REPORTED_CODE,
  type BatchInput,
  type BatchResult,
  type BulkWriter,
  type RejectedRow,
} from "@/lib/codes/bulk-writer";
import { sqliteFilePath } from "@/lib/db/client";
import { inSqliteTurn } from "@/lib/db/sqlite-serial";
import { env } from "@/lib/env";

class LostClaim extends Error {}

/** Prisma's SQLite DateTime text format, so Prisma reads and compares these values like its own. */
function sqliteDate(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("SQLITE_BUSY");
}

export function createSqliteBulkWriter(url: string): BulkWriter {
  const conn = new Database(sqliteFilePath(url), { timeout: 0 });
  // NORMAL in WAL mode survives a killed process (commits are in the WAL); only a power cut may roll back
  // the last batches, and those carry their checkpoint with them, so nothing is counted twice.
  conn.pragma("synchronous = NORMAL");
  conn.pragma("cache_size = -32768");
  const insertCode = conn.prepare(
    `INSERT INTO "CouponCode" ("id", "tenantId", "offerId", "code", "active", "redemptions", "maxRedemptions", "importId", "createdAt")
     VALUES (?, ?, ?, ?, 1, 0, ?, ?, ?) ON CONFLICT ("tenantId", "code") DO NOTHING`,
  );
  // SQLite stores booleans as 0/1; the batch runs under BEGIN IMMEDIATE, so no write lands between this read and the inserts.
  const couponIsSingleUse = conn.prepare(`SELECT "singleUse" FROM "Offer" WHERE "id" = ? AND "tenantId" = ?`).pluck();
  // Legacy coupons (lib/legacy) are codes of a definition: each takes the definition's max_redemptions.
  const legacyLimit = conn.prepare(`SELECT "maxRedemptions" FROM "LegacyTemplate" WHERE "id" = ? AND "tenantId" = ?`);
  const findCode = conn.prepare(`SELECT "importId" FROM "CouponCode" WHERE "tenantId" = ? AND "code" = ?`);
  const insertError = conn.prepare(
    `INSERT INTO "CodeImportError" ("importId", "row", "code", "reason") VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  );
  const writePiece = conn.prepare(`INSERT INTO "CodeImportChunk" ("importId", "seq", "data", "createdAt") VALUES (?, ?, ?, ?)`);
  const readPiece = conn.prepare(`SELECT "data" FROM "CodeImportChunk" WHERE "importId" = ? AND "seq" = ?`).pluck();
  const updateJob = conn.prepare(
    `UPDATE "CodeImport" SET "processedRows" = "processedRows" + ?, "importedCount" = "importedCount" + ?, "rejectedCount" = "rejectedCount" + ?,
       "checkpointOffset" = COALESCE(?, "checkpointOffset"), "checkpointLine" = COALESCE(?, "checkpointLine"), "heartbeatAt" = ?
     WHERE "id" = ? AND "claimToken" = ? AND "processedRows" = ? AND "status" = 'processing'`,
  );

  const commit = conn.transaction((input: BatchInput): BatchResult => {
    const { importId, tenantId, offerId } = input;
    const now = sqliteDate(input.now);
    const singleUse = couponIsSingleUse.get(offerId, tenantId);
    const legacy =
      singleUse === undefined ? (legacyLimit.get(offerId, tenantId) as { maxRedemptions: number | null } | undefined) : undefined;
    const maxRedemptions = legacy ? legacy.maxRedemptions : codeMaxRedemptions({ singleUse: Boolean(singleUse) });
    let inserted = 0;
    const rejected: RejectedRow[] = [...input.rejected];
    const { codes, lines } = input;
    const limit = input.maxInserts ?? Infinity;
    for (const i of codeOrder(codes)) {
      if (inserted >= limit) break;
      if (insertCode.run(newCodeId(), tenantId, offerId, codes[i], maxRedemptions, importId, now).changes === 1) inserted++;
      else if (input.reportConflicts) {
        const existing = findCode.get(tenantId, codes[i]) as { importId: string | null } | undefined;
        rejected.push({ row: lines?.[i] ?? 0, code: codes[i], reason: conflictReason(existing?.importId ?? null, importId) });
      }
    }
    for (const r of rejected) insertError.run(importId, r.row, r.code.slice(0, MAX_REPORTED_CODE), r.reason);
    const processed = input.processed === "inserted" ? inserted : input.processed;
    const job = updateJob.run(
      processed,
      inserted,
      rejected.length,
      input.checkpoint?.offset ?? null,
      input.checkpoint?.line ?? null,
      now,
      importId,
      input.claimToken,
      input.expectedProcessedRows,
    );
    if (job.changes !== 1) throw new LostClaim();
    return { committed: true, inserted, rejected: rejected.length, processed };
  });

  /** Runs `write` with the write lock, waiting asynchronously while another connection holds it. */
  async function withWriteLock<T>(write: () => T): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return write();
      } catch (error) {
        // Another connection (a Prisma transaction here, or another process) holds the write lock.
        if (isBusy(error) && attempt < 600) {
          await new Promise((resolve) => setTimeout(resolve, Math.min(200, 5 * 2 ** attempt)));
          continue;
        }
        throw error;
      }
    }
  }

  return {
    // A batch commits synchronously (better-sqlite3), so every request of this process waits for it:
    // the batch is the longest stall an import causes. Each commit rewrites every index page its batch
    // touched, so larger batches import faster (measured on 1,000,000 codes: 20,000-row batches 2x slower
    // than 100,000), but a 100,000-row commit held the event loop for seconds. SQLITE_IMPORT_BATCH_ROWS
    // (lib/env.ts) is the slice, chosen with bench:checkout's cart p99 during a 1M-code import (README).
    batchRows: env().SQLITE_IMPORT_BATCH_ROWS,
    async commitBatch(input) {
      try {
        // In the process's turn: no Prisma statement of this process holds or asks for the lock meanwhile.
        const result = await inSqliteTurn(() => withWriteLock(() => commit.immediate(input)));
        // Then one turn of the event loop, so requests that arrived during the commit are read and queue
        // in the turnstile ahead of the next slice. A pause as long as the commit halved the stalls'
        // share but made a 1M-code import take 260 s instead of 29 s, without a better cart p99 over HTTP.
        await new Promise((resolve) => setImmediate(resolve));
        return result;
      } catch (error) {
        if (error instanceof LostClaim) return { committed: false };
        throw error;
      }
    },
    async writeFilePiece(importId, seq, data, now) {
      await inSqliteTurn(() => withWriteLock(() => writePiece.run(importId, seq, data, sqliteDate(now))));
    },
    async readFilePiece(importId, seq) {
      return (readPiece.get(importId, seq) as Buffer | undefined) ?? null;
    },
    async close() {
      conn.close();
    },
  };
}
