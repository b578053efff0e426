// Average order value with and without an offer (issue 14), per currency, from the order rollup. With an
// offer (the offer's panel, or the Analytics page filtered to one): its orders' average against the other
// orders' per bucket. Without one, the page compares the offers used by the most orders over the range
// (a marketer choosing where to push looks for the offers whose baskets are larger than the rest, which a
// single all-orders line cannot show); the per-bucket figures then hold every order's average.
import { hourBuckets } from "@/lib/analytics/buckets";
import { offerNames } from "@/lib/analytics/queries/charts";
import { sumOrdersByHour, sumOrdersByOffer } from "@/lib/analytics/queries/order-value";
import { rangeView, resolveRange } from "@/lib/analytics/resolve-range";
import type { AnalyticsQuery, AverageOrderValue, OrderFigure } from "@/lib/analytics/schemas";
import { TOP_LIMIT } from "@/lib/analytics/get-top-offers";
import { driver } from "@/lib/db/driver";

type Sum = { orders: number; valueMinor: number };

export function orderFigure(sum: Sum): OrderFigure {
  return {
    orders: sum.orders,
    valueMinor: sum.valueMinor,
    averageMinor: sum.orders > 0 ? Math.round(sum.valueMinor / sum.orders) : null,
  };
}

/** "Without the offer": every order minus the offer's (both counted in the same buckets). */
const minus = (all: Sum, offer: Sum): Sum => ({ orders: all.orders - offer.orders, valueMinor: all.valueMinor - offer.valueMinor });

const add = (into: Sum, row: Sum) => {
  into.orders += row.orders;
  into.valueMinor += row.valueMinor;
};

export async function getAverageOrderValue(tenantId: string, query: AnalyticsQuery, now = new Date()): Promise<AverageOrderValue> {
  const range = await resolveRange(tenantId, query, now);
  const filter = { ...range, storeId: query.storeId, channel: query.channel };
  const [hours, totals] = await Promise.all([
    sumOrdersByHour(driver(), tenantId, { ...filter, offerId: query.offerId }),
    sumOrdersByOffer(driver(), tenantId, { ...filter, offerId: query.offerId }),
  ]);
  const everyOrder = new Map<string, Sum>();
  for (const t of totals) if (t.offerId === "") everyOrder.set(t.currency, { orders: t.orders, valueMinor: t.valueMinor });
  const currencies = [...everyOrder].sort((a, b) => b[1].orders - a[1].orders || a[0].localeCompare(b[0])).map(([c]) => c);

  const index = hourBuckets(range.fromHour, range.toHour, range.granularity, range.zone);
  const sums = new Map(
    index.buckets.map((b) => [
      b.key,
      new Map(currencies.map((c) => [c, { all: { orders: 0, valueMinor: 0 }, offer: { orders: 0, valueMinor: 0 } }])),
    ]),
  );
  for (const row of hours) {
    const sum = sums.get(index.keyOf.get(row.hour) ?? "")?.get(row.currency);
    if (sum) add(row.offerId === "" ? sum.all : sum.offer, row);
  }
  const points = index.buckets.map((b) => ({
    bucket: b.key,
    start: b.start,
    values: Object.fromEntries(
      [...sums.get(b.key)!].map(([c, s]) => [
        c,
        {
          all: orderFigure(s.all),
          with: query.offerId === undefined ? null : orderFigure(s.offer),
          without: query.offerId === undefined ? null : orderFigure(minus(s.all, s.offer)),
        },
      ]),
    ),
  }));

  const offerTotals = totals.filter((t) => t.offerId !== "" && (query.offerId === undefined || t.offerId === query.offerId));
  const ordersOf = new Map<string, number>();
  for (const t of offerTotals) ordersOf.set(t.offerId, (ordersOf.get(t.offerId) ?? 0) + t.orders);
  const top = [...ordersOf]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TOP_LIMIT)
    .map(([id]) => id);
  const rank = new Map(top.map((id, i) => [id, i]));
  const names = await offerNames(driver(), tenantId, top);
  const offers = offerTotals
    .filter((t) => rank.has(t.offerId))
    .sort((a, b) => rank.get(a.offerId)! - rank.get(b.offerId)! || currencies.indexOf(a.currency) - currencies.indexOf(b.currency))
    .map((t) => ({
      offerId: t.offerId,
      label: names.get(t.offerId)?.name ?? t.offerId,
      currency: t.currency,
      with: orderFigure(t),
      without: orderFigure(minus(everyOrder.get(t.currency) ?? { orders: 0, valueMinor: 0 }, t)),
    }));
  return { range: rangeView(range), offerId: query.offerId ?? null, currencies, points, offers };
}
