// The one read of the source of usage figures. Today it is the Redemption table (a use per code and
// order, reverted in place); the ledger of issue 13 replaces this function and nothing else: the rollup
// job only needs, for a time window, each use that began in it and each use that was undone in it.
import { date, int, nullable, rowOf, text } from "@/lib/db/decode";
import { fragments, type Statements } from "@/lib/db/driver";

const decodeChange = rowOf({
  tenantId: text,
  orderId: text,
  offerId: text,
  code: text,
  storeId: nullable(text),
  channelType: nullable(text),
  currency: nullable(text),
  amount: nullable(int),
  createdAt: date,
  revertedAt: nullable(date),
});

export type UsageChange = {
  tenantId: string;
  orderId: string;
  offerId: string;
  code: string;
  storeId: string | null;
  channel: string | null;
  currency: string | null;
  /** The discount given, minor units of `currency` (the ledger's amount; 0 when the call carried no cart). */
  amountMinor: number;
  /** When the use was counted: its hour and day are its buckets. */
  createdAt: Date;
  /** When it was undone, if it was. */
  revertedAt: Date | null;
};

/**
 * Uses that began or were undone in [since, until), across tenants. A row that a retry redeemed again
 * after a revert carries its new createdAt (the old revert was read in an earlier window).
 * Each side of the OR has its index (Redemption createdAt, revertedAt), so a run reads its window's rows
 * only, however long the ledger.
 */
export async function readUsageChanges(client: Statements, since: Date, until: Date): Promise<UsageChange[]> {
  const ts = fragments.timestamp(client.dialect);
  const rows = await client.all(
    `SELECT "tenantId", "orderId", "offerId", "code", "storeId", "channelType", "currency", "amount", "createdAt", "revertedAt" FROM "Redemption"
     WHERE ("createdAt" >= ${ts} AND "createdAt" < ${ts}) OR ("revertedAt" >= ${ts} AND "revertedAt" < ${ts})`,
    [since, until, since, until],
  );
  return rows.map((raw) => {
    const r = decodeChange(raw);
    return {
      tenantId: r.tenantId,
      orderId: r.orderId,
      offerId: r.offerId,
      code: r.code,
      storeId: r.storeId,
      channel: r.channelType,
      currency: r.currency,
      amountMinor: r.amount ?? 0,
      createdAt: r.createdAt,
      revertedAt: r.revertedAt,
    };
  });
}

const decodeOldest = rowOf({ oldest: nullable(date) });

/** The earliest change time in the source (null when it is empty): where a first rollup run starts. */
export async function oldestUsageChange(client: Statements): Promise<Date | null> {
  const rows = await client.all(`SELECT MIN("createdAt") AS "oldest" FROM "Redemption"`, []);
  return rows.length ? decodeOldest(rows[0]).oldest : null;
}
