// Average order value with and without an offer, one chart per currency (amounts never add up across
// currencies). With an offer: both averages per bucket; without: the offers used by the most orders,
// each against the other orders of the range. The table and CSV add the order counts behind each average.
import { ChartCard, type ChartRow } from "@/components/analytics/chart-card";
import type { AverageOrderValue, OrderFigure } from "@/lib/analytics/schemas";
import { formatMinor, toMajor } from "@/lib/money/currency";

/** An average in major units; "" where there is no order to average (a gap, not a zero). */
const average = (figure: OrderFigure | null | undefined, currency: string) =>
  figure?.averageMinor === null || figure?.averageMinor === undefined ? "" : toMajor(figure.averageMinor, currency);

const COUNTS = [
  { key: "withOrders", label: "Orders with the offer" },
  { key: "withoutOrders", label: "Orders without the offer" },
];

export function AverageOrderValueCard({
  aov,
  granularityLabel,
  fileName,
}: {
  aov: AverageOrderValue;
  granularityLabel: string;
  fileName: string;
}) {
  const currencies = aov.currencies.length ? aov.currencies : [""];
  return (
    <div className="space-y-4">
      {currencies.map((currency) => {
        const suffix = currency ? ` (${currency})` : "";
        const series = [
          { key: "with", label: `With the offer${suffix}` },
          { key: "without", label: `Without the offer${suffix}` },
        ];
        const file = `${fileName}${currency ? `-${currency.toLowerCase()}` : ""}`;
        if (aov.offerId !== null) {
          const rows: ChartRow[] = aov.points.map((p) => {
            const v = p.values[currency];
            return {
              bucket: p.bucket,
              with: average(v?.with, currency),
              without: average(v?.without, currency),
              withOrders: v?.with?.orders ?? 0,
              withoutOrders: v?.without?.orders ?? 0,
            };
          });
          const offer = aov.offers.find((o) => o.currency === currency);
          return (
            <ChartCard
              key={currency}
              title={`Average order value with and without the offer${suffix}`}
              description={
                offer?.with.averageMinor != null && offer.without.averageMinor != null
                  ? `Over the range: ${formatMinor(offer.with.averageMinor, currency)} with the offer (${offer.with.orders} orders), ${formatMinor(offer.without.averageMinor, currency)} without (${offer.without.orders} orders). Reverted orders are left out.`
                  : "Orders' value before discounts, major units. Reverted orders are left out."
              }
              kind="line"
              rows={rows.some((r) => r.withOrders || r.withoutOrders) ? rows : []}
              x={{ key: "bucket", label: granularityLabel }}
              series={series}
              extra={COUNTS}
              fileName={file}
            />
          );
        }
        const rows: ChartRow[] = aov.offers
          .filter((o) => o.currency === currency)
          .map((o) => ({
            label: o.label,
            with: average(o.with, currency),
            without: average(o.without, currency),
            withOrders: o.with.orders,
            withoutOrders: o.without.orders,
          }));
        return (
          <ChartCard
            key={currency}
            title={`Average order value with and without each top offer${suffix}`}
            description="For the offers used by the most orders: the average value of the orders that used the offer against all other orders of the range (major units, before discounts; reverted orders left out). Choose an offer to see it over time."
            kind="bars"
            rows={rows}
            x={{ key: "label", label: "Offer" }}
            series={series}
            extra={COUNTS}
            fileName={file}
          />
        );
      })}
    </div>
  );
}
