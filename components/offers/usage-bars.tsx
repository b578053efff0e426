// The usage and budget bars of a limited offer (contract §7): per limit, how much is used, reserved
// and remaining in the current window, as a progress bar with the same figures in text beside it.
// Renders on the server and in client tables alike (no hooks).
import { formatMinor } from "@/lib/money/currency";
import type { OfferUsageSummary, UsageBar } from "@/lib/limits/usage-view";

function amount(bar: UsageBar, value: number): string {
  return bar.unit === "uses" ? String(value) : formatMinor(value, bar.unit);
}

function what(bar: UsageBar): string {
  return bar.unit === "uses" ? "Redemptions" : `Budget ${bar.unit}`;
}

function percent(part: number, whole: number): number {
  return whole <= 0 ? 0 : Math.min(100, (part / whole) * 100);
}

export function UsageBars({ usage, compact = false }: { usage: OfferUsageSummary; compact?: boolean }) {
  return (
    <ul className={compact ? "min-w-48 space-y-1" : "space-y-3"} data-testid="usage-bars">
      {usage.bars.map((bar) => {
        const label = `${what(bar)} ${usage.windowLabel}`;
        const text = `${amount(bar, bar.used)} used, ${amount(bar, bar.reserved)} reserved, ${amount(bar, bar.remaining)} left of ${amount(bar, bar.cap)}`;
        return (
          <li key={bar.unit} className="text-xs text-slate-700" data-testid={`usage-${bar.unit}`}>
            <div className="flex flex-wrap justify-between gap-x-2">
              <span className="font-medium">{label}</span>
              <span>{text}</span>
            </div>
            <div
              role="progressbar"
              aria-label={label}
              aria-valuemin={0}
              aria-valuemax={bar.cap}
              aria-valuenow={bar.used + bar.reserved}
              aria-valuetext={text}
              className={`mt-0.5 flex w-full overflow-hidden rounded bg-slate-200 ${compact ? "h-1.5" : "h-2.5"}`}
            >
              <span className="block h-full bg-indigo-600" style={{ width: `${percent(bar.used, bar.cap)}%` }} />
              <span className="block h-full bg-amber-400" style={{ width: `${percent(bar.reserved, bar.cap)}%` }} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** A list's usage column: the compact bars, or "No limit" for an offer without one. */
export function UsageCell({ usage }: { usage: OfferUsageSummary | undefined }) {
  return usage && usage.bars.length > 0 ? <UsageBars usage={usage} compact /> : <span className="text-slate-500">No limit</span>;
}
