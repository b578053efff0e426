// An offer's budgets against what it spent (contract §7): the current limit window, what is left, the
// budget left at the end of each chart bucket (the burn-down) and when it runs out at the recent rate.
import { DAY_MS, HOUR_MS, type Bucket } from "@/lib/analytics/buckets";
import { offersWithLimits, sumCostByHour } from "@/lib/analytics/queries/budgets";
import type { BudgetBurn } from "@/lib/analytics/schemas";
import { driver } from "@/lib/db/driver";
import { budgetScope } from "@/lib/limits/plan-usage";
import { findUsage } from "@/lib/limits/queries";
import { readLimits, type LimitWindow } from "@/lib/limits/schemas";
import { windowKey } from "@/lib/limits/window-key";
import { toMinor } from "@/lib/money/currency";
import { wallTimeToInstant } from "@/lib/pricing/time";

export const RECENT_HOURS = 7 * 24;

/** The current window's [start, end) instants; the whole timeline for an offer without a window. */
export function windowBounds(window: LimitWindow | undefined, now: number, zone: string): { key: string; start: number; end: number } {
  const key = windowKey(window, now, zone);
  if (!window) return { key, start: -Infinity, end: Infinity };
  const first = Date.parse(`${key}T00:00:00Z`);
  const d = new Date(first);
  const next = window === "month" ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) : first + (window === "week" ? 7 : 1) * DAY_MS;
  return { key, start: wallTimeToInstant(first, zone), end: wallTimeToInstant(next, zone) };
}

/** A budget line's spend, what is left, and its projection (pure). */
export function projectBudget(input: { budgetMinor: number; spentMinor: number; recentMinor: number; now: number; windowEnd: number }): {
  remainingMinor: number;
  recentPerDayMinor: number;
  projectedExhaustion: string | null;
} {
  const remainingMinor = input.budgetMinor - input.spentMinor;
  const perHour = input.recentMinor / RECENT_HOURS;
  let projected: number | null = null;
  if (remainingMinor <= 0) projected = input.now;
  else if (perHour > 0) projected = input.now + (remainingMinor / perHour) * HOUR_MS;
  if (projected !== null && projected >= input.windowEnd) projected = null;
  return {
    remainingMinor,
    recentPerDayMinor: Math.round(perHour * 24),
    projectedExhaustion: projected === null ? null : new Date(Math.round(projected)).toISOString(),
  };
}

/** The burn-down and projection of each of the offer's budgets, over the chart's buckets and their costs. */
export async function burnBudgets(
  tenantId: string,
  offerId: string,
  zone: string,
  points: readonly (Bucket & { costMinor: Record<string, number> })[],
  now: Date,
): Promise<BudgetBurn[]> {
  const [offer] = await offersWithLimits(driver(), tenantId, [offerId]);
  const limits = offer ? readLimits(offer.limits) : null;
  if (!limits?.budget?.length) return [];
  const bounds = windowBounds(limits.window, now.getTime(), zone);
  const nowHour = Math.floor(now.getTime() / HOUR_MS);
  const [usage, recent] = await Promise.all([
    findUsage(driver(), tenantId, [{ offerId, windowKey: bounds.key }]),
    sumCostByHour(driver(), tenantId, { fromHour: nowHour + 1 - RECENT_HOURS, toHour: nowHour + 1, offerId }),
  ]);
  return limits.budget.map((line) => {
    const budgetMinor = toMinor(line.amount, line.currency);
    const spentMinor = usage.find((u) => u.scope === budgetScope(line.currency))?.used ?? 0;
    const recentMinor = recent.filter((r) => r.currency === line.currency).reduce((sum, r) => sum + r.amountMinor, 0);
    const projection = projectBudget({ budgetMinor, spentMinor, recentMinor, now: now.getTime(), windowEnd: bounds.end });
    // Budget left at a bucket's end = budget − (spent now − what later buckets of the range cost).
    let later = 0;
    const burnDown = [...points].reverse().map((p) => {
      const remaining = Date.parse(p.start) < bounds.start ? null : budgetMinor - (spentMinor - later);
      later += p.costMinor[line.currency] ?? 0;
      return { bucket: p.key, remainingMinor: remaining };
    });
    return {
      currency: line.currency,
      budgetMinor,
      window: limits.window ?? null,
      windowStart: limits.window ? bounds.key : null,
      spentMinor,
      usedShare: budgetMinor > 0 ? spentMinor / budgetMinor : 0,
      burnDown: burnDown.reverse(),
      ...projection,
    };
  });
}
