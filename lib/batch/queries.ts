// Every read and write of batch runs. The bulk paths (the uploaded file's pieces, 50,000 per-cart rows,
// the parse errors) go over the driver with multi-row statements, one transaction per chunk: through
// Prisma's adapters a 50,000-row run spent more time inserting than pricing (toolchain-facts.md measures
// createMany at ~20,000 rows/s). Each chunk's rows commit with the run's counters and running totals, and
// only while the run is still held by the job's claim token at the expected progress (a fencing check).
import { db, type Db, type Tx } from "@/lib/db/client";
import { bool, int, nullable, rowOf, text } from "@/lib/db/decode";
import { driver, fragments, placeholders, type SqlParam, type Statements } from "@/lib/db/driver";
import type { BatchRun } from "@/lib/generated/sqlite/client";
import { ClaimLostError } from "@/lib/jobs/types";

export type BatchRunRow = BatchRun;
type Client = Db | Tx;

export type CartResultRow = {
  seq: number;
  cartId: string;
  line: number;
  currency: string;
  subtotal: number;
  liveDiscount: number;
  draftDiscount: number;
  liveTotal: number;
  draftTotal: number;
  difference: number;
  absDifference: number;
  draftShareBp: number;
  changed: boolean;
  detail: string;
};

export type ErrorRow = { line: number; field: string | null; message: string };

const CART_COLUMNS = [
  "seq",
  "cartId",
  "line",
  "currency",
  "subtotal",
  "liveDiscount",
  "draftDiscount",
  "liveTotal",
  "draftTotal",
  "difference",
  "absDifference",
  "draftShareBp",
  "changed",
  "detail",
] as const;
// 15 parameters a row: well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters.
const CART_ROWS_PER_STATEMENT = 500;
const ERROR_ROWS_PER_STATEMENT = 1000;

const decodeCart = rowOf({
  seq: int,
  cartId: text,
  line: int,
  currency: text,
  subtotal: int,
  liveDiscount: int,
  draftDiscount: int,
  liveTotal: int,
  draftTotal: int,
  difference: int,
  absDifference: int,
  draftShareBp: int,
  changed: bool,
  detail: text,
});
const decodeError = rowOf({ line: int, field: nullable(text), message: text });

export type NewRun = {
  id: string;
  tenantId: string;
  fileName: string;
  fileBytes: number;
  format: string;
  drafts: unknown;
  createdBy: string;
};

export function insertRunRow(tx: Tx, run: NewRun): Promise<BatchRunRow> {
  return tx.batchRun.create({ data: { ...run, drafts: run.drafts as object, status: "queued" } });
}

export function findRunRow(client: Client, tenantId: string, id: string): Promise<BatchRunRow | null> {
  return client.batchRun.findFirst({ where: { tenantId, id } });
}

export async function listRunRows(client: Client, tenantId: string, page: { skip: number; take: number }) {
  const where = { tenantId };
  const [rows, total] = await Promise.all([
    client.batchRun.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: page.skip, take: page.take }),
    client.batchRun.count({ where }),
  ]);
  return { rows, total };
}

// ---- the uploaded file ----

export async function writeFilePiece(runId: string, seq: number, piece: string): Promise<void> {
  await driver().transaction((tx) =>
    tx.run(`INSERT INTO "BatchRunFilePiece" ("runId", "seq", "text") VALUES (?, ?, ?)`, [runId, seq, piece]),
  );
}

export async function readFilePiece(runId: string, seq: number): Promise<string | null> {
  const rows = await driver().all(`SELECT "text" FROM "BatchRunFilePiece" WHERE "runId" = ? AND "seq" = ?`, [runId, seq]);
  return rows.length ? text(rows[0].text, "text") : null;
}

export async function deleteFilePieces(runId: string): Promise<void> {
  await driver().transaction((tx) => tx.run(`DELETE FROM "BatchRunFilePiece" WHERE "runId" = ?`, [runId]));
}

// ---- the job's steps ----

/** Takes the run over for this claim (a retry or a takeover gets a new token); null when the run has ended. */
export async function adoptRunRow(runId: string, claimToken: string, now: Date): Promise<BatchRunRow | null> {
  const changed = await driver().transaction((tx) =>
    tx.run(
      `UPDATE "BatchRun" SET "claimToken" = ?, "status" = 'running', "startedAt" = COALESCE("startedAt", ${fragments.timestamp(tx.dialect)})
       WHERE "id" = ? AND "status" IN ('queued', 'running')`,
      [claimToken, now, runId],
    ),
  );
  if (changed === 0) return null;
  return findRunById(runId);
}

function findRunById(runId: string): Promise<BatchRunRow | null> {
  return db().batchRun.findUnique({ where: { id: runId } });
}

async function fenced(tx: Statements, sql: string, params: SqlParam[]): Promise<void> {
  if ((await tx.run(sql, params)) !== 1) throw new ClaimLostError();
}

/** Records the parse: the rows that did not parse (replacing those of an earlier attempt) and the cart count. */
export async function commitParse(runId: string, claimToken: string, totalCarts: number, errors: readonly ErrorRow[]): Promise<void> {
  await driver().transaction(async (tx) => {
    await fenced(tx, `UPDATE "BatchRun" SET "parsed" = ?, "totalCarts" = ?, "errorRows" = ? WHERE "id" = ? AND "claimToken" = ?`, [
      true,
      totalCarts,
      errors.length,
      runId,
      claimToken,
    ]);
    await tx.run(`DELETE FROM "BatchRunError" WHERE "runId" = ?`, [runId]);
    for (let i = 0; i < errors.length; i += ERROR_ROWS_PER_STATEMENT) {
      const part = errors.slice(i, i + ERROR_ROWS_PER_STATEMENT);
      await tx.run(
        `INSERT INTO "BatchRunError" ("runId", "line", "field", "message") VALUES ${part.map(() => "(?, ?, ?, ?)").join(", ")}`,
        part.flatMap((e) => [runId, e.line, e.field, e.message]),
      );
    }
  });
}

/** One chunk of priced carts with the run's new progress and running totals, fenced by claim and progress. */
export async function commitCartChunk(
  runId: string,
  claimToken: string,
  expectedPriced: number,
  rows: readonly CartResultRow[],
  summary: unknown,
): Promise<void> {
  await driver().transaction(async (tx) => {
    await fenced(
      tx,
      `UPDATE "BatchRun" SET "pricedCarts" = ?, "summary" = ${fragments.json(tx.dialect)} WHERE "id" = ? AND "claimToken" = ? AND "pricedCarts" = ?`,
      [expectedPriced + rows.length, JSON.stringify(summary), runId, claimToken, expectedPriced],
    );
    const row = `(${placeholders(CART_COLUMNS.length + 1)})`;
    const columns = ["runId", ...CART_COLUMNS].map((c) => `"${c}"`).join(", ");
    for (let i = 0; i < rows.length; i += CART_ROWS_PER_STATEMENT) {
      const part = rows.slice(i, i + CART_ROWS_PER_STATEMENT);
      await tx.run(
        `INSERT INTO "BatchRunCart" (${columns}) VALUES ${part.map(() => row).join(", ")}`,
        part.flatMap((r) => [runId, ...CART_COLUMNS.map((c) => r[c])]),
      );
    }
  });
}

export async function finishRunRow(
  runId: string,
  claimToken: string | null,
  outcome: { status: "succeeded" | "failed"; failure?: string },
  now: Date,
): Promise<void> {
  await driver().transaction((tx) =>
    tx.run(
      `UPDATE "BatchRun" SET "status" = ?, "failure" = ?, "finishedAt" = ${fragments.timestamp(tx.dialect)}
       WHERE "id" = ? AND "status" IN ('queued', 'running')${claimToken ? ` AND "claimToken" = ?` : ""}`,
      [outcome.status, outcome.failure ?? null, now, runId, ...(claimToken ? [claimToken] : [])],
    ),
  );
}

// ---- results ----

const SELECT_CART = `SELECT ${CART_COLUMNS.map((c) => `"${c}"`).join(", ")} FROM "BatchRunCart"`;

/** The changed carts with the largest difference (ties: file order). */
export async function findTopChangedCarts(runId: string, limit: number): Promise<CartResultRow[]> {
  const rows = await driver().all(`${SELECT_CART} WHERE "runId" = ? AND "changed" = ? ORDER BY "absDifference" DESC, "seq" ASC LIMIT ?`, [
    runId,
    true,
    limit,
  ]);
  return rows.map(decodeCart);
}

/** Carts whose discount share with the drafts is above `minShareBp`, largest share first, one page. */
export async function findCartsAboveShare(
  runId: string,
  minShareBp: number,
  page: { skip: number; take: number },
): Promise<{ rows: CartResultRow[]; total: number }> {
  const [rows, count] = await Promise.all([
    driver().all(`${SELECT_CART} WHERE "runId" = ? AND "draftShareBp" > ? ORDER BY "draftShareBp" DESC, "seq" ASC LIMIT ? OFFSET ?`, [
      runId,
      minShareBp,
      page.take,
      page.skip,
    ]),
    driver().all(`SELECT COUNT(*) AS "n" FROM "BatchRunCart" WHERE "runId" = ? AND "draftShareBp" > ?`, [runId, minShareBp]),
  ]);
  return { rows: rows.map(decodeCart), total: int(count[0].n, "n") };
}

/** Carts from `afterSeq` on, in file order: the results CSV reads them a page at a time. */
export async function findCartsAfter(runId: string, afterSeq: number, limit: number): Promise<CartResultRow[]> {
  const rows = await driver().all(`${SELECT_CART} WHERE "runId" = ? AND "seq" > ? ORDER BY "seq" ASC LIMIT ?`, [runId, afterSeq, limit]);
  return rows.map(decodeCart);
}

export async function findErrorRows(runId: string, page: { skip: number; take: number }): Promise<ErrorRow[]> {
  const rows = await driver().all(
    `SELECT "line", "field", "message" FROM "BatchRunError" WHERE "runId" = ? ORDER BY "line" ASC LIMIT ? OFFSET ?`,
    [runId, page.take, page.skip],
  );
  return rows.map(decodeError);
}
