// The batch commit on PostgreSQL over a small `pg` pool of its own (see bulk-writer.ts for why not Prisma).
// Codes travel as two text[] parameters expanded by unnest(): one statement per batch, whatever its size,
// with no per-row parameters to bind.
import pg from "pg";
import { newCodeId } from "@/lib/codes/code-id";
import { conflictReason, MAX_REPORTED_CODE, type BatchInput, type BatchResult, type BulkWriter, type RejectedRow } from "@/lib/codes/bulk-writer";

const INSERT_CODES = `
  INSERT INTO "CouponCode" ("id", "tenantId", "offerId", "code", "active", "redemptions", "maxRedemptions", "importId", "createdAt")
  SELECT u.id, $1::text, $2::text, u.code, true, 0, $3::int, $4::text, ($5::timestamptz AT TIME ZONE 'UTC')
  FROM unnest($6::text[], $7::text[]) AS u(id, code)
  ON CONFLICT ("tenantId", "code") DO NOTHING`;

const FIND_CODES = `SELECT "id", "code", "importId" FROM "CouponCode" WHERE "tenantId" = $1 AND "code" = ANY($2::text[])`;

const INSERT_ERRORS = `
  INSERT INTO "CodeImportError" ("importId", "row", "code", "reason")
  SELECT $1::text, e.row, e.code, e.reason FROM unnest($2::int[], $3::text[], $4::text[]) AS e(row, code, reason)
  ON CONFLICT DO NOTHING`;

const UPDATE_JOB = `
  UPDATE "CodeImport" SET "processedRows" = "processedRows" + $1, "importedCount" = "importedCount" + $2, "rejectedCount" = "rejectedCount" + $3,
    "checkpointOffset" = COALESCE($4::int, "checkpointOffset"), "checkpointLine" = COALESCE($5::int, "checkpointLine"), "heartbeatAt" = ($6::timestamptz AT TIME ZONE 'UTC')
  WHERE "id" = $7 AND "claimToken" = $8 AND "processedRows" = $9 AND "status" = 'processing'`;

const WRITE_PIECE = `INSERT INTO "CodeImportChunk" ("importId", "seq", "data", "createdAt") VALUES ($1, $2, $3, ($4::timestamptz AT TIME ZONE 'UTC'))`;
const READ_PIECE = `SELECT "data" FROM "CodeImportChunk" WHERE "importId" = $1 AND "seq" = $2`;

export function createPostgresBulkWriter(url: string): BulkWriter {
  const pool = new pg.Pool({ connectionString: url, max: 2 });

  async function commit(client: pg.PoolClient, input: BatchInput): Promise<BatchResult> {
    const { importId, tenantId, offerId } = input;
    const now = input.now.toISOString();
    const { codes, lines } = input;
    const ids = codes.map(() => newCodeId());
    const insert = await client.query(INSERT_CODES, [tenantId, offerId, input.maxRedemptions, importId, now, ids, codes]);
    const inserted = insert.rowCount ?? 0;
    const rejected: RejectedRow[] = [...input.rejected];
    if (input.reportConflicts && inserted < codes.length) {
      const { rows } = await client.query<{ id: string; code: string; importId: string | null }>(FIND_CODES, [tenantId, codes]);
      const byCode = new Map(rows.map((r) => [r.code, r]));
      for (let i = 0; i < codes.length; i++) {
        const existing = byCode.get(codes[i]);
        if (existing?.id !== ids[i]) rejected.push({ row: lines?.[i] ?? 0, code: codes[i], reason: conflictReason(existing?.importId ?? null, importId) });
      }
    }
    if (rejected.length > 0) {
      await client.query(INSERT_ERRORS, [importId, rejected.map((r) => r.row), rejected.map((r) => r.code.slice(0, MAX_REPORTED_CODE)), rejected.map((r) => r.reason)]);
    }
    const processed = input.processed === "inserted" ? inserted : input.processed;
    const job = await client.query(UPDATE_JOB, [processed, inserted, rejected.length, input.checkpoint?.offset ?? null, input.checkpoint?.line ?? null, now, importId, input.claimToken, input.expectedProcessedRows]);
    if (job.rowCount !== 1) return { committed: false };
    return { committed: true, inserted, rejected: rejected.length, processed };
  }

  return {
    async commitBatch(input) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await commit(client, input);
        await client.query(result.committed ? "COMMIT" : "ROLLBACK");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async writeFilePiece(importId, seq, data, now) {
      await pool.query(WRITE_PIECE, [importId, seq, Buffer.from(data.buffer, data.byteOffset, data.byteLength), now.toISOString()]);
    },
    async readFilePiece(importId, seq) {
      const { rows } = await pool.query<{ data: Buffer }>(READ_PIECE, [importId, seq]);
      return rows[0]?.data ?? null;
    },
    async close() {
      await pool.end();
    },
  };
}
