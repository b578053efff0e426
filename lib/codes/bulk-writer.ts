// Commits one batch of an import job atomically: the new codes (INSERT … ON CONFLICT DO NOTHING), the
// batch's rejected rows, and the job's counters and checkpoint, all in one transaction, and only while the
// job is still held by this worker's claim token at the expected progress (a fencing check). So a crash
// loses at most the uncommitted batch, and a resumed or duplicated worker can never import a row twice.
//
// Why not Prisma here: measured on 200,000 rows with one-off probes, multi-row inserts through
// the Prisma driver adapters ran 3–8× slower than better-sqlite3's prepared statements and about 2× slower
// than the same SQL over a plain `pg` connection; the adapters re-prepare and re-map every parameter on
// each call. The bulk path therefore talks to the driver directly; everything else stays on Prisma.
// Each batch reads its codes' redemption limit from the coupon (singleUse) inside its own transaction,
// holding the coupon row: a marketer who switches singleUse while a long import runs (update-offer.ts
// re-limits the coupon's codes) gets every code limited the new way, before or after that batch.
// The pieces of a stored upload travel the same way: measured, Prisma turned each 1 MiB Bytes value into
// 20–30 MB of short-lived JS objects on write and on read, which made a million-row import peak at over
// 500 MB of RSS.
import type { RejectReason } from "@/lib/codes/csv-rows";
import { byDialect } from "@/lib/db/dialect";
import { env } from "@/lib/env";

export type RejectedRow = { row: number; code: string; reason: RejectReason };

export type BatchInput = {
  importId: string;
  tenantId: string;
  offerId: string;
  claimToken: string;
  /** The job's processedRows this batch starts from; anything else means another worker moved on. */
  expectedProcessedRows: number;
  /** Valid codes to insert, in file order; the writer gives each a new id (code-id.ts). */
  codes: string[];
  /** The file line of each code (CSV imports), for the error report; null for generated codes. */
  lines: number[] | null;
  rejected: RejectedRow[];
  /** CSV imports report codes that already exist; generation silently skips them and tries again. */
  reportConflicts: boolean;
  /** Rows this batch covers ("inserted": generation counts only the codes it created). */
  processed: number | "inserted";
  checkpoint: { offset: number; line: number } | null;
  now: Date;
  /** Generation: insert at most this many codes (it sends more candidates than it needs, see run-code-generation.ts). */
  maxInserts?: number;
};

export type BatchResult = { committed: false } | { committed: true; inserted: number; rejected: number; processed: number };

export interface BulkWriter {
  /** Rows per commit that suit this database (CSV imports; see the writers for the measurements). */
  readonly batchRows: number;
  commitBatch(input: BatchInput): Promise<BatchResult>;
  /** Stores one piece of an uploaded file (import-file-store.ts). */
  writeFilePiece(importId: string, seq: number, data: Uint8Array, now: Date): Promise<void>;
  /** One stored piece of an uploaded file, or null past its end. */
  readFilePiece(importId: string, seq: number): Promise<Buffer | null>;
  close(): Promise<void>;
}

/** Longest text of a rejected row we keep: enough to recognise it, bounded for the report. */
export const MAX_REPORTED_CODE = 200;

/**
 * The batch's indexes in code order, repeats in file order (so the first occurrence is the one inserted). Inserting in that order walks the code indexes from left to right, so
 * each of their pages is read and dirtied once per batch instead of at random (measured on SQLite with
 * 1,000,000 codes: about 15% faster, and as fast with half the page cache). Codes are ASCII, so JS string
 * order is the databases' byte order.
 */
export function codeOrder(codes: readonly string[]): Uint32Array {
  const order = new Uint32Array(codes.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((a, b) => (codes[a] < codes[b] ? -1 : codes[a] > codes[b] ? 1 : a - b));
}

/** Sorts conflicts into the reasons of contract §3. */
export function conflictReason(existingImportId: string | null, importId: string): RejectReason {
  // The code was created by this very job from an earlier row of the file (possibly before a resume).
  return existingImportId === importId ? "duplicate_in_file" : "already_exists";
}

const globalWriters = globalThis as unknown as { couponsmithBulkWriter?: { url: string; writer: Promise<BulkWriter> } };

/** The process-wide writer for DATABASE_URL, opened on first use. */
export function bulkWriter(): Promise<BulkWriter> {
  const url = env().DATABASE_URL;
  const cached = globalWriters.couponsmithBulkWriter;
  if (cached && cached.url === url) return cached.writer;
  const writer = byDialect(
    {
      postgres: () => import("@/lib/codes/bulk-writer-postgres").then((m) => m.createPostgresBulkWriter(url)),
      sqlite: () => import("@/lib/codes/bulk-writer-sqlite").then((m) => m.createSqliteBulkWriter(url)),
    },
    url,
  );
  globalWriters.couponsmithBulkWriter = { url, writer };
  return writer;
}

export async function closeBulkWriter(): Promise<void> {
  const cached = globalWriters.couponsmithBulkWriter;
  globalWriters.couponsmithBulkWriter = undefined;
  if (cached) await (await cached.writer).close();
}
