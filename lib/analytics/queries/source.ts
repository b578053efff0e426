// The one read of the source of usage figures: the ledger (Redemption, a use per order, offer and code,
// reverted or released in place) and the uses a ledger row held before its order used it again
// (RedemptionPastUse, copied by a trigger). The rollup job only needs, for a time window, each use that
// began in it and each use that was undone in it.
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

const CHANGE_COLUMNS = `"tenantId", "orderId", "offerId", "code", "storeId", "channelType", "currency", "amount", "createdAt", "revertedAt"`;

/**
 * Uses that began or were undone in [since, until), across tenants. A row that a retry used again after
 * a revert carries its new createdAt; its earlier use, with both its times, is a RedemptionPastUse row, so
 * a revert that no run had read yet is still subtracted (and a use counted before it is not kept twice).
 * Each side of each OR has its index (createdAt, revertedAt), so a run reads its window's rows only,
 * however long the ledger.
 */
export async function readUsageChanges(client: Statements, since: Date, until: Date): Promise<UsageChange[]> {
  const ts = fragments.timestamp(client.dialect);
  const inWindow = `("createdAt" >= ${ts} AND "createdAt" < ${ts}) OR ("revertedAt" >= ${ts} AND "revertedAt" < ${ts})`;
  const window = [since, until, since, until];
  const rows = await client.all(
    `SELECT ${CHANGE_COLUMNS} FROM "Redemption" WHERE ${inWindow}
     UNION ALL SELECT ${CHANGE_COLUMNS} FROM "RedemptionPastUse" WHERE ${inWindow}`,
    [...window, ...window],
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
  const rows = await client.all(
    `SELECT MIN("oldest") AS "oldest" FROM (SELECT MIN("createdAt") AS "oldest" FROM "Redemption"
     UNION ALL SELECT MIN("createdAt") FROM "RedemptionPastUse") AS "source"`,
    [],
  );
  return rows.length ? decodeOldest(rows[0]).oldest : null;
}

const decodeTime = rowOf({ at: date });

/**
 * The time of the change after the first `count` changes at or after `since` (null: there are no more
 * than `count`), so the window [since, that time) holds at most `count` of them. Each part reads its own
 * index from `since` for `count` rows at most, however long the ledger; no-offer carts count as changes
 * too (the order rollup reads their orders).
 */
export async function timeAfterChanges(client: Statements, since: Date, count: number): Promise<Date | null> {
  const ts = fragments.timestamp(client.dialect);
  const firstTimes = (table: string, column: string) =>
    `SELECT "at" FROM (SELECT "${column}" AS "at" FROM "${table}" WHERE "${column}" >= ${ts} ORDER BY "${column}" LIMIT ?) AS "${table}_${column}"`;
  const parts = [
    firstTimes("Redemption", "createdAt"),
    firstTimes("Redemption", "revertedAt"),
    firstTimes("RedemptionPastUse", "createdAt"),
    firstTimes("RedemptionPastUse", "revertedAt"),
    firstTimes("OrderCart", "createdAt"),
  ];
  const rows = await client.all(`SELECT "at" FROM (${parts.join(" UNION ALL ")}) AS "changes" ORDER BY "at" LIMIT 1 OFFSET ?`, [
    ...parts.flatMap(() => [since, count + 1]),
    count,
  ]);
  return rows.length ? decodeTime(rows[0]).at : null;
}
