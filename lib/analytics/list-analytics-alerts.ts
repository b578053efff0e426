// The dashboard's alerts: live offers that end within 7 days, and offers whose attempts of the last 7
// days were refused for one reason more than DOMINANT_SHARE of the time (with at least MIN_ATTEMPTS, so
// three carts do not raise an alarm), and budgets past 80 % / 95 % in their current window.
import { listBudgetAlerts } from "@/lib/analytics/list-budget-alerts";
import { offerNames, offersEndingBetween, sumAttemptsByOffer } from "@/lib/analytics/queries/charts";
import type { AnalyticsAlert } from "@/lib/analytics/schemas";
import { driver } from "@/lib/db/driver";

const WEEK_MS = 7 * 86_400_000;
export const DOMINANT_SHARE = 0.3;
export const MIN_ATTEMPTS = 20;

export async function listAnalyticsAlerts(tenantId: string, now = new Date()): Promise<AnalyticsAlert[]> {
  const [expiring, budgets] = await Promise.all([
    offersEndingBetween(driver(), tenantId, now, new Date(now.getTime() + WEEK_MS)),
    listBudgetAlerts(tenantId, now),
  ]);
  const toHour = Math.floor(now.getTime() / 3_600_000) + 1;
  const outcomes = await sumAttemptsByOffer(driver(), tenantId, toHour - WEEK_MS / 3_600_000, toHour);
  const perOffer = new Map<string, { attempts: number; reasons: Map<string, number> }>();
  for (const row of outcomes) {
    const offer = perOffer.get(row.offerId) ?? { attempts: 0, reasons: new Map<string, number>() };
    offer.attempts += row.count;
    if (row.outcome !== "applied") offer.reasons.set(row.outcome, (offer.reasons.get(row.outcome) ?? 0) + row.count);
    perOffer.set(row.offerId, offer);
  }
  const dominant: { offerId: string; reason: string; share: number; attempts: number }[] = [];
  for (const [offerId, offer] of perOffer) {
    if (offer.attempts < MIN_ATTEMPTS) continue;
    const [reason, count] = [...offer.reasons].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? ["", 0];
    if (count / offer.attempts > DOMINANT_SHARE)
      dominant.push({ offerId, reason, share: count / offer.attempts, attempts: offer.attempts });
  }
  const names = await offerNames(
    driver(),
    tenantId,
    dominant.map((d) => d.offerId),
  );
  return [
    ...budgets,
    ...expiring.map((o): AnalyticsAlert => ({
      kind: "expiring",
      offerId: o.id,
      family: o.family,
      name: o.name,
      endsAt: o.endsAt.toISOString(),
    })),
    ...dominant
      .filter((d) => names.has(d.offerId))
      .sort((a, b) => b.share - a.share || a.offerId.localeCompare(b.offerId))
      .map((d): AnalyticsAlert => ({
        kind: "dominant_rejection",
        ...d,
        name: names.get(d.offerId)!.name,
        family: names.get(d.offerId)!.family,
      })),
  ];
}
