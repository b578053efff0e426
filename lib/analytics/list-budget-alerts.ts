// Budget alerts: live offers whose spend in the current limit window (the limit's own counter, so held
// reservations count, contract §7) passed 80 % or 95 % of a budget line, fullest first.
import { windowBounds } from "@/lib/analytics/budget-burn";
import { offersWithLimits } from "@/lib/analytics/queries/budgets";
import type { AnalyticsAlert } from "@/lib/analytics/schemas";
import { tenantTimeZone } from "@/lib/analytics/queries/charts";
import { driver } from "@/lib/db/driver";
import { budgetScope } from "@/lib/limits/plan-usage";
import { findUsage } from "@/lib/limits/queries";
import { readLimits } from "@/lib/limits/schemas";
import { toMinor } from "@/lib/money/currency";
import { pickTimeZone } from "@/lib/pricing/time";

export const BUDGET_THRESHOLDS = [95, 80] as const;

export async function listBudgetAlerts(tenantId: string, now = new Date()): Promise<AnalyticsAlert[]> {
  const zone = pickTimeZone(await tenantTimeZone(driver(), tenantId));
  const budgeted = (await offersWithLimits(driver(), tenantId))
    .map((offer) => ({ offer, limits: readLimits(offer.limits) }))
    .filter((o) => o.limits?.budget?.length)
    .map((o) => ({ ...o, key: windowBounds(o.limits!.window, now.getTime(), zone).key }));
  const usage = await findUsage(
    driver(),
    tenantId,
    budgeted.map((o) => ({ offerId: o.offer.id, windowKey: o.key })),
  );
  const used = new Map(usage.map((u) => [`${u.offerId}\u0000${u.windowKey}\u0000${u.scope}`, u.used]));
  const alerts: (AnalyticsAlert & { kind: "budget" })[] = [];
  for (const { offer, limits, key } of budgeted) {
    for (const line of limits!.budget!) {
      const budgetMinor = toMinor(line.amount, line.currency);
      const spentMinor = used.get(`${offer.id}\u0000${key}\u0000${budgetScope(line.currency)}`) ?? 0;
      const usedShare = spentMinor / budgetMinor;
      const threshold = BUDGET_THRESHOLDS.find((t) => usedShare * 100 >= t);
      if (!threshold) continue;
      alerts.push({
        kind: "budget",
        offerId: offer.id,
        family: offer.family,
        name: offer.name,
        currency: line.currency,
        threshold,
        usedShare,
        spentMinor,
        budgetMinor,
        window: limits!.window ?? null,
      });
    }
  }
  return alerts.sort((a, b) => b.usedShare - a.usedShare || a.offerId.localeCompare(b.offerId));
}
