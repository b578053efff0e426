// The average-order-value chart's reads: sums over AnalyticsOrderHour at the grain of the store and
// channel filters, tenant first (both covering indexes start tenantId, grain).
import { orderGrainFor } from "@/lib/analytics/grains";
import { int, rowOf, text } from "@/lib/db/decode";
import type { SqlParam, Statements } from "@/lib/db/driver";

export type OrderFilter = { fromHour: number; toHour: number; storeId?: string; channel?: string };

function orderWhere(tenantId: string, f: OrderFilter): { sql: string; params: SqlParam[] } {
  const parts = [`"tenantId" = ?`, `"grain" = ?`, `"hour" >= ?`, `"hour" < ?`];
  const params: SqlParam[] = [tenantId, orderGrainFor(f), f.fromHour, f.toHour];
  for (const column of ["storeId", "channel"] as const) {
    const value = f[column];
    if (value === undefined) continue;
    parts.push(`"${column}" = ?`);
    params.push(value);
  }
  return { sql: parts.join(" AND "), params };
}

// SUM answers bigint on PostgreSQL (text through pg) and integer on SQLite: int() reads both.
const decodeHour = rowOf({ hour: int, offerId: text, currency: text, orders: int, valueMinor: int });

/** offerId "" (every order), and with an offer its own rows: equalities, so the offerId-first index serves both. */
function offerWhere(offerId: string | undefined): { sql: string; params: SqlParam[] } {
  return offerId === undefined ? { sql: `"offerId" = ''`, params: [] } : { sql: `"offerId" IN ('', ?)`, params: [offerId] };
}

/** Every order's figures per hour and currency (offerId ""), and with an offer, the offer's orders' too. */
export async function sumOrdersByHour(client: Statements, tenantId: string, f: OrderFilter & { offerId?: string }) {
  const where = orderWhere(tenantId, f);
  const offers = offerWhere(f.offerId);
  const rows = await client.all(
    `SELECT "hour", "offerId", "currency", SUM("orders") AS "orders", SUM("valueMinor") AS "valueMinor" FROM "AnalyticsOrderHour"
     WHERE ${where.sql} AND ${offers.sql} GROUP BY "hour", "offerId", "currency"`,
    [...where.params, ...offers.params],
  );
  return rows.map(decodeHour);
}

const decodeOffer = rowOf({ offerId: text, currency: text, orders: int, valueMinor: int });

/**
 * Orders and their value per offer and currency over the range ("" = every order): every offer's (the
 * top offers' comparison), or with `offerId` only "" and that offer's (its panel reads no other offer).
 */
export async function sumOrdersByOffer(client: Statements, tenantId: string, f: OrderFilter & { offerId?: string }) {
  const where = orderWhere(tenantId, f);
  const offers = f.offerId === undefined ? null : offerWhere(f.offerId);
  const rows = await client.all(
    `SELECT "offerId", "currency", SUM("orders") AS "orders", SUM("valueMinor") AS "valueMinor" FROM "AnalyticsOrderHour"
     WHERE ${where.sql}${offers ? ` AND ${offers.sql}` : ""} GROUP BY "offerId", "currency" HAVING SUM("orders") > 0`,
    [...where.params, ...(offers?.params ?? [])],
  );
  return rows.map(decodeOffer);
}
