// Streamed CSV downloads: the coupon's codes (export.csv) and an import's rejected rows (errors.csv).
// Rows are read page by page with a keyset cursor and written as they come, so a million-code export
// never sits in memory; every cell goes through csvCell (formula-injection escaping, contract §3).
import { codeWhere } from "@/lib/codes/code-where";
import { csvLine } from "@/lib/codes/csv-escape";
import type { CodeFilters } from "@/lib/codes/schemas";
import { db } from "@/lib/db/client";

const PAGE = 5_000;

function csvStream<Row>(
  header: string[],
  nextPage: (after: Row | undefined) => Promise<Row[]>,
  cells: (row: Row) => (string | number | boolean | null)[],
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let last: Row | undefined;
  let done = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvLine(header)));
    },
    async pull(controller) {
      if (done) return;
      const rows = await nextPage(last);
      if (rows.length > 0) {
        last = rows[rows.length - 1];
        controller.enqueue(encoder.encode(rows.map((row) => csvLine(cells(row))).join("")));
      }
      if (rows.length < PAGE) {
        done = true;
        controller.close();
      }
    },
  });
}

type CodeRow = { code: string; active: boolean; redemptions: number; createdAt: Date };

/** `code` first, so the export re-imports as is (extra columns are ignored by imports). */
export function streamCodesCsv(tenantId: string, couponId: string, filters: CodeFilters): ReadableStream<Uint8Array> {
  const where = codeWhere(tenantId, couponId, filters);
  return csvStream<CodeRow>(
    ["code", "active", "redemptions", "createdAt"],
    (after) =>
      db().couponCode.findMany({
        // A code is unique in the tenant, so "after the last code" is an exact cursor, indexed with the coupon.
        where: after ? { AND: [where, { code: { gt: after.code } }] } : where,
        orderBy: { code: "asc" },
        take: PAGE,
        select: { code: true, active: true, redemptions: true, createdAt: true },
      }),
    (row) => [row.code, row.active, row.redemptions, row.createdAt.toISOString()],
  );
}

type ErrorRow = { row: number; code: string; reason: string };

export function streamImportErrorsCsv(importId: string): ReadableStream<Uint8Array> {
  return csvStream<ErrorRow>(
    ["row", "code", "reason"],
    (after) =>
      db().codeImportError.findMany({
        where: { importId, ...(after ? { row: { gt: after.row } } : {}) },
        orderBy: { row: "asc" },
        take: PAGE,
        select: { row: true, code: true, reason: true },
      }),
    (row) => [row.row, row.code, row.reason],
  );
}
