// What one dashboard alert says after the offer's name, and its badge.
import { Badge } from "@/components/ui/page-header";
import { DateTime } from "@/components/ui/date-time";
import type { AnalyticsAlert } from "@/lib/analytics/schemas";
import { formatMinor } from "@/lib/money/currency";

const WINDOW_TEXT = { day: "today", week: "this week", month: "this month" } as const;

export function alertKey(alert: AnalyticsAlert): string {
  return `${alert.kind}-${alert.offerId}${alert.kind === "budget" ? `-${alert.currency}` : ""}`;
}

export function AlertText({ alert }: { alert: AnalyticsAlert }) {
  if (alert.kind === "expiring")
    return (
      <span className="text-slate-600">
        ends <DateTime at={alert.endsAt} />
      </span>
    );
  if (alert.kind === "budget")
    return (
      <span className="text-slate-600">
        spent {formatMinor(alert.spentMinor, alert.currency)} of its {formatMinor(alert.budgetMinor, alert.currency)} budget
        {alert.window ? ` ${WINDOW_TEXT[alert.window]}` : ""} ({Math.floor(alert.usedShare * 100)}%)
      </span>
    );
  return (
    <span className="text-slate-600">
      {Math.round(alert.share * 100)}% of {alert.attempts.toLocaleString("en")} attempts in 7 days refused as <code>{alert.reason}</code>
    </span>
  );
}

export function AlertBadge({ alert }: { alert: AnalyticsAlert }) {
  if (alert.kind === "expiring") return <Badge tone="amber">Expiring</Badge>;
  if (alert.kind === "budget") return <Badge tone={alert.threshold === 95 ? "rose" : "amber"}>{`Budget ${alert.threshold}%`}</Badge>;
  return <Badge tone="rose">Refusals</Badge>;
}
