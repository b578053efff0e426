// The CSV export of an offer's ledger with the page's filters: streamed in keyset batches of 1,000 rows
// so a ledger of millions never sits in memory; cells formula-escaped (lib/codes/csv-escape.ts).
import { csvLine } from "@/lib/codes/csv-escape";
import { findLedgerBatch, type LedgerRow } from "@/lib/ledger/queries";
import { ledgerWhere } from "@/lib/ledger/list-ledger";
import type { LedgerFilters } from "@/lib/ledger/schemas";
import { formatInstantInZone } from "@/lib/pricing/time";
import { toRedemptionView } from "@/lib/redemptions/redemption-view";

const BATCH = 1000;

export const LEDGER_CSV_HEADER = [
  "createdAt",
  "localTime",
  "status",
  "code",
  "orderId",
  "customer",
  "store",
  "channel",
  "currency",
  "amount",
  "offerType",
  "window",
  "revertedAt",
];

function line(row: LedgerRow, zone: string): string {
  const view = toRedemptionView(row);
  return csvLine([
    view.createdAt,
    formatInstantInZone(row.createdAt.getTime(), zone),
    view.status,
    view.code,
    view.orderId,
    view.consumerId,
    view.storeId,
    view.channelType,
    view.currency,
    view.amount,
    view.offerType,
    row.windowKey,
    view.revertedAt,
  ]);
}

export function streamLedgerCsv(
  tenant: { id: string; timeZone: string },
  offerId: string,
  filters: LedgerFilters,
): ReadableStream<Uint8Array> {
  const where = ledgerWhere(filters, tenant.timeZone);
  const encoder = new TextEncoder();
  let after: { createdAt: Date; id: string } | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(csvLine(LEDGER_CSV_HEADER)));
      }
      const rows = await findLedgerBatch(tenant.id, offerId, where, after, BATCH);
      if (rows.length > 0) controller.enqueue(encoder.encode(rows.map((r) => line(r, tenant.timeZone)).join("")));
      if (rows.length < BATCH) return controller.close();
      const last = rows[rows.length - 1];
      after = { createdAt: last.createdAt, id: last.id };
    },
  });
}
