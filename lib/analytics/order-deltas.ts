// Average order value's rollup (AnalyticsOrderHour), pure: what an order holds in the figures at an
// instant, and the rollup changes a window makes.
//
// An order is in the figures while it has a live valued use (a ledger row with its value, counted from
// its createdAt until its revert or release) or a no-offer cart (OrderCart.valueMinor: the call used no
// offer, so no ledger row holds the order). Its bucket (hour, store, channel, currency, value) is that of
// its earliest live use, and it is counted once under offerId "" (every order) and once under each offer
// it uses, in that same bucket: "without the offer" = every order minus the offer's holds in every bucket,
// and a reverted order leaves all of them. A window's changes are, per order it touched, the figures at
// its end minus those at its start, both read from the ledger as it is now, so nothing is kept per order
// and a second write of the same order (another code, a revert) moves it as a whole.
import type { OrderGrain } from "@/lib/analytics/grains";
import { HOUR_MS } from "@/lib/analytics/buckets";

export const ORDER_GRAINS: readonly OrderGrain[] = ["all", "store", "channel", "full"];

/** A use of an order that carries its value: a valued ledger row (offerId) or a no-offer cart (offerId null). */
export type OrderUse = {
  offerId: string | null;
  createdAt: Date;
  revertedAt: Date | null;
  storeId: string;
  channel: string;
  currency: string;
  valueMinor: number;
};

export type OrderHourDelta = {
  tenantId: string;
  grain: OrderGrain;
  hour: number;
  offerId: string;
  storeId: string;
  channel: string;
  currency: string;
  orders: number;
  valueMinor: number;
};

const liveAt = (use: OrderUse, at: number) => use.createdAt.getTime() < at && (use.revertedAt === null || use.revertedAt.getTime() >= at);

/** The order's bucket and the offers it counts for at `at` (null: not in the figures). */
export function orderStateAt(uses: readonly OrderUse[], at: Date): { bucket: OrderUse; offers: string[] } | null {
  const live = uses.filter((u) => liveAt(u, at.getTime()));
  if (live.length === 0) return null;
  const bucket = live.reduce((a, b) => (b.createdAt.getTime() < a.createdAt.getTime() ? b : a));
  const offers = [...new Set(live.flatMap((u) => (u.offerId === null ? [] : [u.offerId])))].sort();
  return { bucket, offers };
}

/** The rollup rows an order in a state adds (sign 1) or takes away (sign -1), at every grain. */
function addState(into: Map<string, OrderHourDelta>, tenantId: string, state: ReturnType<typeof orderStateAt>, sign: 1 | -1): void {
  if (!state) return;
  const { bucket } = state;
  const hour = Math.floor(bucket.createdAt.getTime() / HOUR_MS);
  for (const offerId of ["", ...state.offers])
    for (const grain of ORDER_GRAINS) {
      const storeId = grain === "store" || grain === "full" ? bucket.storeId : "";
      const channel = grain === "channel" || grain === "full" ? bucket.channel : "";
      const key = [tenantId, grain, hour, offerId, storeId, channel, bucket.currency].join("\u0001");
      const row = into.get(key) ?? {
        tenantId,
        grain,
        hour,
        offerId,
        storeId,
        channel,
        currency: bucket.currency,
        orders: 0,
        valueMinor: 0,
      };
      row.orders += sign;
      row.valueMinor += sign * bucket.valueMinor;
      into.set(key, row);
    }
}

/** The rollup changes of the window [since, until) for the orders it touched, each given with all its uses. */
export function orderDeltas(
  orders: readonly { tenantId: string; uses: readonly OrderUse[] }[],
  since: Date,
  until: Date,
): OrderHourDelta[] {
  const deltas = new Map<string, OrderHourDelta>();
  for (const order of orders) {
    addState(deltas, order.tenantId, orderStateAt(order.uses, since), -1);
    addState(deltas, order.tenantId, orderStateAt(order.uses, until), 1);
  }
  return [...deltas.values()].filter((d) => d.orders !== 0 || d.valueMinor !== 0);
}
