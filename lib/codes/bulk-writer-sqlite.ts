// The batch commit on SQLite, over its own better-sqlite3 connection with prepared statements (see
// bulk-writer.ts for why not Prisma). That connection lives in a worker thread (sqlite-worker-connection.ts),
// so the inserts and the commit, which writes every index page the batch touched, run off the event loop.
// The batch holds the process's SQLite turn (sqlite-serial.ts) from BEGIN IMMEDIATE to COMMIT: the app's
// own writers queue behind it without blocking, and its readers, which WAL serves from the last commit,
// go on. busy_timeout is 0 and we retry asynchronously when another process holds the write lock.
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
import { openSqliteWorkerConnection } from "@/lib/db/sqlite-worker-connection";
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

const INSERT_CODE = `INSERT INTO "CouponCode" ("id", "tenantId", "offerId", "code", "active", "redemptions", "maxRedemptions", "importId", "createdAt")
  VALUES (?, ?, ?, ?, 1, 0, ?, ?, ?) ON CONFLICT ("tenantId", "code") DO NOTHING`;
// SQLite stores booleans as 0/1; the batch runs under BEGIN IMMEDIATE, so no write lands between this read and the inserts.
const COUPON_SINGLE_USE = `SELECT "singleUse" FROM "Offer" WHERE "id" = ? AND "tenantId" = ?`;
// Legacy coupons (lib/legacy) are codes of a definition: each takes the definition's max_redemptions.
const LEGACY_LIMIT = `SELECT "maxRedemptions" FROM "LegacyTemplate" WHERE "id" = ? AND "tenantId" = ?`;
const FIND_CODE = `SELECT "importId" FROM "CouponCode" WHERE "tenantId" = ? AND "code" = ?`;
const INSERT_ERROR = `INSERT INTO "CodeImportError" ("importId", "row", "code", "reason") VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`;
const WRITE_PIECE = `INSERT INTO "CodeImportChunk" ("importId", "seq", "data", "createdAt") VALUES (?, ?, ?, ?)`;
const READ_PIECE = `SELECT "data" FROM "CodeImportChunk" WHERE "importId" = ? AND "seq" = ?`;
const UPDATE_JOB = `UPDATE "CodeImport" SET "processedRows" = "processedRows" + ?, "importedCount" = "importedCount" + ?, "rejectedCount" = "rejectedCount" + ?,
    "checkpointOffset" = COALESCE(?, "checkpointOffset"), "checkpointLine" = COALESCE(?, "checkpointLine"), "heartbeatAt" = ?
  WHERE "id" = ? AND "claimToken" = ? AND "processedRows" = ? AND "status" = 'processing'`;

export function createSqliteBulkWriter(url: string): BulkWriter {
  // NORMAL in WAL mode survives a killed process (commits are in the WAL); only a power cut may roll back
  // the last batches, and those carry their checkpoint with them, so nothing is counted twice.
  const conn = openSqliteWorkerConnection(sqliteFilePath(url), ["synchronous = NORMAL", "cache_size = -32768"]);

  /** Runs `write` with the write lock, waiting while another connection holds it. */
  async function withWriteLock<T>(write: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await write();
      } catch (error) {
        // Another connection (another process here) holds the write lock.
        if (isBusy(error) && attempt < 600) {
          await new Promise((resolve) => setTimeout(resolve, Math.min(200, 5 * 2 ** attempt)));
          continue;
        }
        throw error;
      }
    }
  }

  async function commit(input: BatchInput): Promise<BatchResult> {
    const { importId, tenantId, offerId } = input;
    const now = sqliteDate(input.now);
    const coupon = await conn.get(COUPON_SINGLE_USE, [offerId, tenantId]);
    const legacy = coupon === undefined ? await conn.get(LEGACY_LIMIT, [offerId, tenantId]) : undefined;
    const maxRedemptions = legacy
      ? ((legacy.maxRedemptions as number | null) ?? null)
      : codeMaxRedemptions({ singleUse: Boolean(coupon?.singleUse) });
    const { codes, lines } = input;
    // Generation sends more candidates than it needs: it gets at most maxInserts of them, in code order.
    const order = Array.from(codeOrder(codes));
    const limit = input.maxInserts ?? Infinity;
    let inserted = 0;
    const insertedAt: number[] = [];
    const skipped: number[] = [];
    // Within maxInserts, rows go in one message; a capped generation batch goes in pieces so that it
    // stops where the cap is reached.
    const piece = Number.isFinite(limit) ? Math.max(1, limit) : order.length;
    for (let from = 0; from < order.length && inserted < limit; from += piece) {
      const rows = order.slice(from, from + Math.min(piece, limit - inserted));
      const changes = await conn.runColumns(
        INSERT_CODE,
        [
          { each: rows.map(() => newCodeId()) },
          { value: tenantId },
          { value: offerId },
          { each: rows.map((i) => codes[i]) },
          { value: maxRedemptions },
          { value: importId },
          { value: now },
        ],
        rows.length,
      );
      changes.forEach((changed, k) => (changed === 1 ? insertedAt.push(rows[k]) : skipped.push(rows[k])));
      inserted = insertedAt.length;
    }
    const rejected: RejectedRow[] = [...input.rejected];
    if (input.reportConflicts && skipped.length > 0) {
      const existing = await conn.getEach(
        FIND_CODE,
        skipped.map((i) => [tenantId, codes[i]]),
      );
      skipped.forEach((i, k) =>
        rejected.push({
          row: lines?.[i] ?? 0,
          code: codes[i],
          reason: conflictReason((existing[k]?.importId as string | null | undefined) ?? null, importId),
        }),
      );
    }
    if (rejected.length > 0)
      await conn.runEach(
        INSERT_ERROR,
        rejected.map((r) => [importId, r.row, r.code.slice(0, MAX_REPORTED_CODE), r.reason]),
      );
    const processed = input.processed === "inserted" ? inserted : input.processed;
    const job = await conn.run(UPDATE_JOB, [
      processed,
      inserted,
      rejected.length,
      input.checkpoint?.offset ?? null,
      input.checkpoint?.line ?? null,
      now,
      importId,
      input.claimToken,
      input.expectedProcessedRows,
    ]);
    if (job !== 1) throw new LostClaim();
    return { committed: true, inserted, rejected: rejected.length, processed };
  }

  /** `work` between BEGIN IMMEDIATE and COMMIT on the worker's connection; rolled back when it throws. */
  async function inTransaction<T>(work: () => Promise<T>): Promise<T> {
    await withWriteLock(() => conn.exec("BEGIN IMMEDIATE"));
    try {
      const result = await work();
      await conn.exec("COMMIT");
      return result;
    } catch (error) {
      if (await conn.inTransaction()) await conn.exec("ROLLBACK");
      throw error;
    }
  }

  return {
    // Each commit rewrites every index page its batch touched, so larger batches import faster (measured
    // on 1,000,000 codes: 20,000-row batches 2x slower than 100,000); the app's writers wait for the
    // batch in progress, so the batch stays at SQLITE_IMPORT_BATCH_ROWS (lib/env.ts; see the README).
    batchRows: env().SQLITE_IMPORT_BATCH_ROWS,
    async commitBatch(input) {
      try {
        // In the process's turn: no other connection of this process holds or asks for the lock meanwhile.
        return await inSqliteTurn(() => inTransaction(() => commit(input)));
      } catch (error) {
        if (error instanceof LostClaim) return { committed: false };
        throw error;
      }
    },
    async writeFilePiece(importId, seq, data, now) {
      await inSqliteTurn(() => withWriteLock(() => conn.run(WRITE_PIECE, [importId, seq, data, sqliteDate(now)])));
    },
    async readFilePiece(importId, seq) {
      const row = await conn.get(READ_PIECE, [importId, seq]);
      const data = row?.data as Uint8Array | undefined;
      return data ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : null;
    },
    async close() {
      await conn.close();
    },
  };
}
