// The batch commit on PostgreSQL over a small `pg` pool of its own (see bulk-writer.ts for why not Prisma).
// Codes travel as one text[] parameter expanded by unnest(): one statement per batch, whatever its size,
// with no per-row parameters to bind. Ids are minted in the statement: one UUIDv7 per batch (code-id.ts)
// whose last 4 hex digits are replaced by the row's position, so a batch's ids stay unique (time,
// sequence and 46 random bits from the batch id, then the position) and ascending, and the writer keeps
// no string per row alive (measured on a million-code import: peak RSS 257–319 MB with ids minted in
// JavaScript, 217–254 MB this way, same speed).
import pg from "pg";
import { newCodeId } from "@/lib/codes/code-id";
import { codeMaxRedemptions } from "@/lib/codes/get-coupon-for-codes";
import { pgTransaction } from "@/lib/db/driver";
import {
  codeOrder,
  conflictReason,
  MAX_REPORTED_CODE,
  type BatchInput,
  type BatchResult,
  type BulkWriter,
  type RejectedRow,
} from "@/lib/codes/bulk-writer";

const INSERT_CODES = `
  INSERT INTO "CouponCode" ("id", "tenantId", "offerId", "code", "active", "redemptions", "maxRedemptions", "importId", "createdAt")
  SELECT left($6::text, 32) || lpad(to_hex(u.at), 4, '0'), $1::text, $2::text, u.code, true, 0, $3::int, $4::text, ($5::timestamptz AT TIME ZONE 'UTC')
  FROM unnest($7::text[]) WITH ORDINALITY AS u(code, at)
  ON CONFLICT ("tenantId", "code") DO NOTHING`;

// Generation with a cap: candidates not taken yet (a scalar subquery per row probes the unique index),
// the first $8 of them in code order. A code inserted concurrently since still conflicts and is skipped;
// the generator then simply asks for more.
const INSERT_CODES_UP_TO = `
  INSERT INTO "CouponCode" ("id", "tenantId", "offerId", "code", "active", "redemptions", "maxRedemptions", "importId", "createdAt")
  SELECT left($6::text, 32) || lpad(to_hex(f.at), 4, '0'), $1::text, $2::text, f.code, true, 0, $3::int, $4::text, ($5::timestamptz AT TIME ZONE 'UTC')
  FROM (
    SELECT u.code, u.at FROM unnest($7::text[]) WITH ORDINALITY AS u(code, at)
    WHERE (SELECT c."id" FROM "CouponCode" c WHERE c."tenantId" = $1 AND c."code" = u.code) IS NULL
    ORDER BY u.at LIMIT $8
  ) f
  ON CONFLICT ("tenantId", "code") DO NOTHING`;

// The same insert for CSV imports, answering with the rows it skipped (by 1-based position in the batch)
// and whether their code existed before this statement. One pass: finding the skipped rows afterwards
// meant an index probe for every code of the batch, and any batch with a single repeat paid it.
const INSERT_CODES_REPORTING = `
  WITH input AS (
    SELECT left($6::text, 32) || lpad(to_hex(u.at), 4, '0') AS id, u.code, u.at FROM unnest($7::text[]) WITH ORDINALITY AS u(code, at)
  ), ins AS (
    INSERT INTO "CouponCode" ("id", "tenantId", "offerId", "code", "active", "redemptions", "maxRedemptions", "importId", "createdAt")
    SELECT i.id, $1::text, $2::text, i.code, true, 0, $3::int, $4::text, ($5::timestamptz AT TIME ZONE 'UTC') FROM input i
    ON CONFLICT ("tenantId", "code") DO NOTHING
    RETURNING "id"
  ), skipped AS (
    SELECT i.at, i.code FROM input i WHERE NOT EXISTS (SELECT 1 FROM ins WHERE ins.id = i.id)
  )
  -- Scalar subqueries, not a join or EXISTS: they probe the index for the few skipped rows (measured: a
  -- join or EXISTS made the planner read every code of the tenant once per batch).
  SELECT s.at,
    (SELECT c."id" FROM "CouponCode" c WHERE c."tenantId" = $1 AND c."code" = s.code) IS NOT NULL AS existed,
    (SELECT c."importId" FROM "CouponCode" c WHERE c."tenantId" = $1 AND c."code" = s.code) AS "importId"
  FROM skipped s`;

// Codes committed by another transaction after our statement began (so it could not see them).
const FIND_CODES = `SELECT "code", "importId" FROM "CouponCode" WHERE "tenantId" = $1 AND "code" = ANY($2::text[])`;

// The lock holds the coupon row until the batch commits: a concurrent singleUse switch (an UPDATE of
// that row, then of its codes) waits for this batch, or this batch waits for it and reads the new value.
// FOR NO KEY UPDATE rather than FOR SHARE: the codes-count trigger of the insert updates the same row,
// and two batches holding a shared lock while each waits to upgrade it would deadlock.
const COUPON_SINGLE_USE = `SELECT "singleUse" FROM "Offer" WHERE "id" = $1 AND "tenantId" = $2 FOR NO KEY UPDATE`;
// Legacy coupons (lib/legacy) are codes of a definition: each takes the definition's max_redemptions,
// held the same way against a concurrent change of it (save-coupon-definition.ts).
const LEGACY_LIMIT = `SELECT "maxRedemptions" FROM "LegacyTemplate" WHERE "id" = $1 AND "tenantId" = $2 FOR SHARE`;

const INSERT_ERRORS = `
  INSERT INTO "CodeImportError" ("importId", "row", "code", "reason")
  SELECT $1::text, e.row, e.code, e.reason FROM unnest($2::int[], $3::text[], $4::text[]) AS e(row, code, reason)
  ON CONFLICT DO NOTHING`;

const UPDATE_JOB = `
  UPDATE "CodeImport" SET "processedRows" = "processedRows" + $1, "importedCount" = "importedCount" + $2, "rejectedCount" = "rejectedCount" + $3,
    "checkpointOffset" = COALESCE($4::int, "checkpointOffset"), "checkpointLine" = COALESCE($5::int, "checkpointLine"), "heartbeatAt" = ($6::timestamptz AT TIME ZONE 'UTC')
  WHERE "id" = $7 AND "claimToken" = $8 AND "processedRows" = $9 AND "status" = 'processing'`;

const WRITE_PIECE = `INSERT INTO "CodeImportChunk" ("importId", "seq", "data", "createdAt") VALUES ($1, $2, $3, ($4::timestamptz AT TIME ZONE 'UTC'))`;
const RAW_BINARY = { getTypeParser: () => (value: Buffer) => value } as unknown as pg.CustomTypesConfig;
const READ_PIECE = `SELECT "data" FROM "CodeImportChunk" WHERE "importId" = $1 AND "seq" = $2`;

/**
 * A text[] literal in one join: node-postgres builds array literals element by element, which for the
 * 100,000 codes and ids of a batch left megabytes of intermediate strings per batch. Every element is
 * quoted, so a code such as NULL stays text.
 */
export function textArrayLiteral(values: readonly string[]): string {
  if (values.length === 0) return "{}";
  const joined = values.join('","');
  // Codes and ids hold no quote or backslash (code-rules.ts); anything else is escaped.
  return /["\\]/.test(joined) ? `{${values.map((v) => `"${v.replace(/["\\]/g, "\\$&")}"`).join(",")}}` : `{"${joined}"}`;
}

/** Positions 1…65,535 fit the id's last 4 hex digits. */
const MAX_BATCH_ROWS = 0xffff;

export function createPostgresBulkWriter(url: string): BulkWriter {
  const pool = new pg.Pool({ connectionString: url, max: 2 });

  async function commit(client: pg.PoolClient, input: BatchInput): Promise<BatchResult> {
    const { importId, tenantId, offerId } = input;
    const now = input.now.toISOString();
    // In code order, like the SQLite writer, so each batch walks the code indexes once from left to right.
    const order = codeOrder(input.codes);
    const codes = Array.from(order, (i) => input.codes[i]);
    if (codes.length > MAX_BATCH_ROWS)
      throw new Error(`A PostgreSQL batch holds at most ${MAX_BATCH_ROWS} codes (the id keeps 4 hex digits for the position)`);
    const coupon = await client.query<{ singleUse: boolean }>(COUPON_SINGLE_USE, [offerId, tenantId]);
    const legacy =
      coupon.rows.length === 0 ? await client.query<{ maxRedemptions: number | null }>(LEGACY_LIMIT, [offerId, tenantId]) : null;
    const maxRedemptions = legacy?.rows[0]
      ? legacy.rows[0].maxRedemptions
      : codeMaxRedemptions({ singleUse: coupon.rows[0]?.singleUse ?? false });
    const params = [tenantId, offerId, maxRedemptions, importId, now, newCodeId(), textArrayLiteral(codes)];
    const rejected: RejectedRow[] = [...input.rejected];
    if (!input.reportConflicts) {
      const insert =
        input.maxInserts === undefined
          ? await client.query(INSERT_CODES, params)
          : await client.query(INSERT_CODES_UP_TO, [...params, input.maxInserts]);
      return finish(client, input, insert.rowCount ?? 0, rejected);
    }
    const { rows: skipped } = await client.query<{ at: string; existed: boolean; importId: string | null }>(INSERT_CODES_REPORTING, params);
    const late: number[] = [];
    const reject = (k: number, reason: RejectedRow["reason"]) =>
      rejected.push({ row: input.lines?.[order[k]] ?? 0, code: codes[k], reason });
    for (const r of skipped) {
      const k = Number(r.at) - 1;
      if (r.existed) reject(k, conflictReason(r.importId, importId));
      // Sorted, so a repeat within the batch sits right after its first occurrence, which was inserted.
      else if (k > 0 && codes[k - 1] === codes[k]) reject(k, "duplicate_in_file");
      else late.push(k);
    }
    if (late.length > 0) {
      const { rows } = await client.query<{ code: string; importId: string | null }>(FIND_CODES, [
        tenantId,
        textArrayLiteral(late.map((k) => codes[k])),
      ]);
      const byCode = new Map(rows.map((r) => [r.code, r.importId]));
      for (const k of late) reject(k, conflictReason(byCode.get(codes[k]) ?? null, importId));
    }
    return finish(client, input, codes.length - skipped.length, rejected);
  }

  async function finish(client: pg.PoolClient, input: BatchInput, inserted: number, rejected: RejectedRow[]): Promise<BatchResult> {
    const { importId } = input;
    const now = input.now.toISOString();
    if (rejected.length > 0) {
      await client.query(INSERT_ERRORS, [
        importId,
        rejected.map((r) => r.row),
        rejected.map((r) => r.code.slice(0, MAX_REPORTED_CODE)),
        rejected.map((r) => r.reason),
      ]);
    }
    const processed = input.processed === "inserted" ? inserted : input.processed;
    const job = await client.query(UPDATE_JOB, [
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
    if (job.rowCount !== 1) return { committed: false };
    return { committed: true, inserted, rejected: rejected.length, processed };
  }

  return {
    // PostgreSQL imports a million codes as fast with 10,000 rows per commit as with 50,000 or 100,000,
    // and each batch is work the event loop does in one piece (its CSV slice, the array parameter): at
    // 50,000 rows the carts sent during the import waited for it (bench:checkout, import phase alone:
    // cart p99 96 ms at 50,000, 27.5 ms at 10,000, the import 38.6 s both times). Smaller batches also
    // keep the peak RSS lower (about 330 MB at 100,000, under 300 MB at 50,000).
    batchRows: 10_000,
    commitBatch(input) {
      return pgTransaction(
        pool,
        (client) => commit(client, input),
        (result) => result.committed,
      );
    },
    async writeFilePiece(importId, seq, data, now) {
      await pool.query(WRITE_PIECE, [importId, seq, Buffer.from(data.buffer, data.byteOffset, data.byteLength), now.toISOString()]);
    },
    async readFilePiece(importId, seq) {
      // Binary results, taken as they arrive: the bytes themselves, not a hex string twice their size.
      const { rows } = await pool.query<{ data: Buffer }>({
        text: READ_PIECE,
        values: [importId, seq],
        binary: true,
        types: RAW_BINARY,
      } as pg.QueryConfig);
      return rows[0]?.data ?? null;
    },
    async close() {
      await pool.end();
    },
  };
}
