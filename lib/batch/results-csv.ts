// The results CSV of a run: one row per cart in file order, both sides' discount and total (major units),
// the difference, and the codes applied or rejected on each side with their reasons (`CODE:reason`,
// separated by `|`, as the input file separates codes). Streamed page by page; every cell goes through
// csvCell (formula escaping, contract §3), since cart ids and codes come from the uploaded file.
import type { CartDetail, CodesOutcome } from "@/lib/batch/cart-outcome";
import { findCartsAfter, type CartResultRow } from "@/lib/batch/queries";
import { csvCell, csvLine } from "@/lib/codes/csv-escape";
import { toMajor } from "@/lib/money/currency";

const PAGE = 2_000;

export const RESULTS_CSV_HEADER = [
  "cart_id",
  "line",
  "currency",
  "subtotal",
  "live_discount",
  "live_total",
  "draft_discount",
  "draft_total",
  "difference",
  "discount_share_percent",
  "changed",
  "live_codes_applied",
  "live_codes_rejected",
  "draft_codes_applied",
  "draft_codes_rejected",
];

const applied = (codes: CodesOutcome) => codes.applied.join("|");
const rejected = (codes: CodesOutcome) => codes.rejected.map((r) => `${r.code}:${r.reason}`).join("|");

// Numbers are ours, not the file's: a negative difference stays a number rather than being escaped as a formula.
const line = (cells: (string | number | boolean)[]) =>
  `${cells.map((c) => (typeof c === "number" ? String(c) : csvCell(c))).join(",")}\r\n`;

function cells(row: CartResultRow): (string | number | boolean)[] {
  const detail = JSON.parse(row.detail) as CartDetail;
  const major = (minor: number) => toMajor(minor, row.currency);
  return [
    row.cartId,
    row.line,
    row.currency,
    major(row.subtotal),
    major(row.liveDiscount),
    major(row.liveTotal),
    major(row.draftDiscount),
    major(row.draftTotal),
    major(row.difference),
    row.draftShareBp / 100,
    row.changed,
    applied(detail.live),
    rejected(detail.live),
    applied(detail.draft),
    rejected(detail.draft),
  ];
}

export function streamResultsCsv(runId: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after = -1;
  let done = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvLine(RESULTS_CSV_HEADER)));
    },
    async pull(controller) {
      if (done) return;
      const rows = await findCartsAfter(runId, after, PAGE);
      if (rows.length > 0) {
        after = rows[rows.length - 1].seq;
        controller.enqueue(encoder.encode(rows.map((row) => line(cells(row))).join("")));
      }
      if (rows.length < PAGE) {
        done = true;
        controller.close();
      }
    },
  });
}
