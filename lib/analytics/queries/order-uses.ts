// The reads of the order rollup (average order value): which orders a window touched, and every use of
// those orders that carries their value (valued ledger rows, and the cart of an order that used no offer).
import type { OrderUse } from "@/lib/analytics/order-deltas";
import { date, int, nullable, rowOf, text } from "@/lib/db/decode";
import { fragments, placeholders, type Statements } from "@/lib/db/driver";

export type OrderKey = { tenantId: string; orderId: string };

/** Keeps each statement's bound parameters under both databases' limits. */
const ORDERS_PER_STATEMENT = 500;

const decodeKey = rowOf({ tenantId: text, orderId: text });

/** Orders whose no-offer cart was kept in [since, until), across tenants (OrderCart's createdAt index). */
export async function readCartOrders(client: Statements, since: Date, until: Date): Promise<OrderKey[]> {
  const ts = fragments.timestamp(client.dialect);
  const rows = await client.all(
    `SELECT "tenantId", "orderId" FROM "OrderCart" WHERE "createdAt" >= ${ts} AND "createdAt" < ${ts} AND "valueMinor" IS NOT NULL`,
    [since, until],
  );
  return rows.map(decodeKey);
}

const decodeOldest = rowOf({ oldest: nullable(date) });

/** The earliest no-offer cart (null: none), so a first rollup run, which starts at the oldest change, counts it. */
export async function oldestCartOrder(client: Statements): Promise<Date | null> {
  const rows = await client.all(`SELECT MIN("createdAt") AS "oldest" FROM "OrderCart" WHERE "valueMinor" IS NOT NULL`, []);
  return rows.length ? decodeOldest(rows[0]).oldest : null;
}

const decodeRow = rowOf({
  orderId: text,
  offerId: text,
  createdAt: date,
  revertedAt: nullable(date),
  storeId: nullable(text),
  channelType: nullable(text),
  currency: text,
  catalogTotal: int,
});
const decodeCart = rowOf({ orderId: text, createdAt: date, valueMinor: int, request: text });

/** The cart's currency, store and channel, as recordOrderCart kept them in its request. */
function cartFacts(request: string): { currency: string; storeId: string; channel: string } {
  const parsed = JSON.parse(request) as { currency?: unknown; storeId?: unknown; channelType?: unknown };
  const str = (v: unknown) => (typeof v === "string" ? v : "");
  return { currency: str(parsed.currency), storeId: str(parsed.storeId), channel: str(parsed.channelType) };
}

/**
 * Every valued use of the given orders, per order (the unique key of Redemption and the key of OrderCart
 * both start with tenantId, orderId). Tenant id in every statement.
 */
export async function readOrderUses(client: Statements, keys: readonly OrderKey[]): Promise<Map<string, OrderUse[]>> {
  const uses = new Map<string, OrderUse[]>();
  const push = (tenantId: string, orderId: string, use: OrderUse) => {
    const key = `${tenantId}\u0001${orderId}`;
    uses.set(key, [...(uses.get(key) ?? []), use]);
  };
  const byTenant = new Map<string, string[]>();
  for (const k of keys) byTenant.set(k.tenantId, [...(byTenant.get(k.tenantId) ?? []), k.orderId]);
  for (const [tenantId, orderIds] of byTenant)
    for (let i = 0; i < orderIds.length; i += ORDERS_PER_STATEMENT) {
      const chunk = orderIds.slice(i, i + ORDERS_PER_STATEMENT);
      const params = [tenantId, ...chunk];
      const rows = await client.all(
        // With the uses its rows held before the order used them again (RedemptionPastUse), so the figures at
        // a window's start still see a use that a revert and a retry overwrote since.
        ["Redemption", "RedemptionPastUse"]
          .map(
            (
              table,
            ) => `SELECT "orderId", "offerId", "createdAt", "revertedAt", "storeId", "channelType", "currency", "catalogTotal" FROM "${table}"
         WHERE "tenantId" = ? AND "orderId" IN (${placeholders(chunk.length)}) AND "catalogTotal" IS NOT NULL AND "currency" IS NOT NULL`,
          )
          .join(" UNION ALL "),
        [...params, ...params],
      );
      for (const raw of rows) {
        const r = decodeRow(raw);
        push(tenantId, r.orderId, {
          offerId: r.offerId,
          createdAt: r.createdAt,
          revertedAt: r.revertedAt,
          storeId: r.storeId ?? "",
          channel: r.channelType ?? "",
          currency: r.currency,
          valueMinor: r.catalogTotal,
        });
      }
      const carts = await client.all(
        `SELECT "orderId", "createdAt", "valueMinor", "request" FROM "OrderCart"
         WHERE "tenantId" = ? AND "orderId" IN (${placeholders(chunk.length)}) AND "valueMinor" IS NOT NULL`,
        params,
      );
      for (const raw of carts) {
        const c = decodeCart(raw);
        push(tenantId, c.orderId, {
          offerId: null,
          createdAt: c.createdAt,
          revertedAt: null,
          valueMinor: c.valueMinor,
          ...cartFacts(c.request),
        });
      }
    }
  return uses;
}
