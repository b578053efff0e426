// The detail pages' "Limits and usage" card (coupons, automatic promotions, POS campaigns): the limits
// in words, the bars of the current window, and the link to the offer's ledger.
import { UsageBars } from "@/components/offers/usage-bars";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/page-header";
import type { Limits } from "@/lib/limits/schemas";
import type { OfferUsageSummary } from "@/lib/limits/usage-view";
import { formatMinor, toMinor } from "@/lib/money/currency";

const WINDOW_WORDS = { day: "every day", week: "every week (from Monday)", month: "every month" };

export function describeLimits(limits: Limits): string {
  const parts = [
    limits.redemptions !== undefined ? `${limits.redemptions} redemption${limits.redemptions === 1 ? "" : "s"}` : null,
    limits.perCustomer !== undefined ? `${limits.perCustomer} per customer` : null,
    ...(limits.budget ?? []).map((b) => `budget ${formatMinor(toMinor(b.amount, b.currency), b.currency)}`),
  ].filter(Boolean);
  const when = limits.window ? `, restarting ${WINDOW_WORDS[limits.window]} in the tenant's zone` : " over the offer's lifetime";
  return `${parts.join(", ")}${when}.`;
}

export function LimitsCard({ limits, usage, ledgerHref }: { limits: Limits | null; usage: OfferUsageSummary | null; ledgerHref: string }) {
  return (
    <Card title="Limits and usage">
      <div className="space-y-3" data-testid="limits-card">
        <p className="text-sm text-slate-700">{limits ? describeLimits(limits) : "No limits: every order may use it."}</p>
        {usage && usage.bars.length > 0 ? <UsageBars usage={usage} /> : null}
        {usage?.exhausted ? (
          <p className="text-sm font-medium text-rose-700">Exhausted {usage.windowLabel}: orders are refused until the limit restarts.</p>
        ) : null}
        <ButtonLink href={ledgerHref} variant="secondary">
          Ledger
        </ButtonLink>
      </div>
    </Card>
  );
}
