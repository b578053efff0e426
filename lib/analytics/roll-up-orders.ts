// The order rollup's part of a rollup run (average order value), in the run's transaction: the orders the
// window touched (a use began or was undone, or a no-offer cart was kept), their uses read whole, and
// the figures at the window's end minus those at its start added (lib/analytics/order-deltas.ts).
import { orderDeltas } from "@/lib/analytics/order-deltas";
import { readOrderUses, type OrderKey } from "@/lib/analytics/queries/order-uses";
import { addOrderHours } from "@/lib/analytics/queries/rollups";
import type { Statements } from "@/lib/db/driver";

export async function rollUpOrders(tx: Statements, touched: readonly OrderKey[], since: Date, until: Date): Promise<void> {
  const keys = new Map(touched.map((k) => [`${k.tenantId}\u0001${k.orderId}`, k]));
  if (keys.size === 0) return;
  const uses = await readOrderUses(tx, [...keys.values()]);
  const orders = [...keys].map(([key, k]) => ({ tenantId: k.tenantId, uses: uses.get(key) ?? [] }));
  await addOrderHours(tx, orderDeltas(orders, since, until));
}
