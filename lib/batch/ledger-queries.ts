// The carts of redeemed orders (table OrderCart), the "carts of the last N days" input of batch runs
// (contract §8). The insert runs on the redemption transaction's driver statements; one row per
// (tenant, order): a retried or later call of the same order keeps the first cart. Tenant id in every query.
import { int, rowOf, text } from "@/lib/db/decode";
import { fragments, type Statements } from "@/lib/db/driver";
import type { IdStatement } from "@/lib/db/write-together";

/** The order's cart, unless the order has one (answers its orderId as "id" when written). */
export function orderCartStatement(
  dialect: Statements["dialect"],
  tenantId: string,
  orderId: string,
  request: unknown,
  now: Date,
  valueMinor: number | null,
): IdStatement {
  return {
    sql: `INSERT INTO "OrderCart" ("tenantId", "orderId", "request", "createdAt", "valueMinor") VALUES (?, ?, ?, ${fragments.timestamp(dialect)}, ?)
     ON CONFLICT ("tenantId", "orderId") DO NOTHING RETURNING "orderId" AS "id"`,
    params: [tenantId, orderId, JSON.stringify(request), now, valueMinor],
  };
}

const decodeCart = rowOf({ orderId: text, request: text });
const decodeCount = rowOf({ n: int });

/** The orders' carts kept since `since`, oldest first, at most `limit`; and how many there are in all. */
export async function findOrderCartsSince(
  client: Statements,
  tenantId: string,
  since: Date,
  limit: number,
): Promise<{ carts: { orderId: string; request: string }[]; total: number }> {
  const at = fragments.timestamp(client.dialect);
  const [rows, [count]] = await Promise.all([
    client.all(
      `SELECT "orderId", "request" FROM "OrderCart" WHERE "tenantId" = ? AND "createdAt" >= ${at} ORDER BY "createdAt" DESC, "orderId" DESC LIMIT ?`,
      [tenantId, since, limit],
    ),
    client.all(`SELECT COUNT(*) AS "n" FROM "OrderCart" WHERE "tenantId" = ? AND "createdAt" >= ${at}`, [tenantId, since]),
  ]);
  return { carts: rows.map(decodeCart).reverse(), total: decodeCount(count).n };
}
