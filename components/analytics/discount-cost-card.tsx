// The discount-cost chart: what the offers gave per currency and bucket (major units), and on an offer's
// panel the budget left at the end of each bucket, with each budget's spend and projected run-out.
import { ChartCard, type ChartRow } from "@/components/analytics/chart-card";
import { DateTime } from "@/components/ui/date-time";
import type { DiscountCost } from "@/lib/analytics/schemas";
import { formatMinor, toMajor } from "@/lib/money/currency";

const WINDOW_TEXT = { day: "today", week: "this week", month: "this month" } as const;

export function DiscountCostCard({ cost, granularityLabel, fileName }: { cost: DiscountCost; granularityLabel: string; fileName: string }) {
  const rows: ChartRow[] = cost.points.map((p, i) => {
    const row: ChartRow = { bucket: p.bucket };
    for (const c of cost.currencies) row[`cost_${c}`] = toMajor(p.costMinor[c] ?? 0, c);
    for (const b of cost.budgets) {
      const left = b.burnDown[i]?.remainingMinor;
      if (left !== null && left !== undefined) row[`left_${b.currency}`] = toMajor(left, b.currency);
    }
    return row;
  });
  const series = [
    ...cost.currencies.map((c) => ({ key: `cost_${c}`, label: `Discount given (${c})` })),
    ...cost.budgets.map((b) => ({ key: `left_${b.currency}`, label: `Budget left (${b.currency})` })),
  ];
  const spent = cost.points.some((p) => Object.values(p.costMinor).some((v) => v !== 0));
  return (
    <div className="space-y-2">
      <ChartCard
        title="Discount cost over time"
        description={
          cost.budgets.length
            ? "Discount given per bucket, in major units, and the budget left at the end of each bucket (the burn-down)."
            : "Discount given per bucket and currency, in major units. An offer's panel shows it against the offer's budget."
        }
        kind="line"
        rows={spent || cost.budgets.length ? rows : []}
        x={{ key: "bucket", label: granularityLabel }}
        series={series}
        fileName={fileName}
      />
      {cost.budgets.length ? (
        <ul aria-label="Budgets" className="space-y-1 rounded-lg border border-slate-200 bg-white p-3 text-sm">
          {cost.budgets.map((b) => (
            <li key={b.currency}>
              <span className="font-medium">
                Budget {formatMinor(b.budgetMinor, b.currency)}
                {b.window ? ` per ${b.window}` : ""}
              </span>
              : {formatMinor(b.spentMinor, b.currency)} spent{b.window ? ` ${WINDOW_TEXT[b.window]}` : ""} ({Math.floor(b.usedShare * 100)}
              %), {formatMinor(Math.max(0, b.remainingMinor), b.currency)} left; last 7 days {formatMinor(b.recentPerDayMinor, b.currency)}{" "}
              a day.{" "}
              {b.projectedExhaustion ? (
                <span>
                  Projected to run out <DateTime at={b.projectedExhaustion} />.
                </span>
              ) : (
                <span>{b.window ? "Not projected to run out in this window." : "Not projected to run out (nothing spent lately)."}</span>
              )}
            </li>
          ))}
          <li className="text-xs text-slate-500">Projection: {cost.method}</li>
        </ul>
      ) : null}
    </div>
  );
}
