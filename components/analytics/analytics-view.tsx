// The analytics charts with their filters, for the Analytics page and for an offer's analytics panel
// (which fixes the offer). Filters are search params, so a view can be bookmarked and shared.
import Link from "next/link";
import { AverageOrderValueCard } from "@/components/analytics/average-order-value-card";
import { ChartCard, type ChartRow } from "@/components/analytics/chart-card";
import { DiscountCostCard } from "@/components/analytics/discount-cost-card";
import { Notice } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/button";
import { GRANULARITIES } from "@/lib/analytics/buckets";
import { RANGE_DAYS, type AnalyticsSearch, type AnalyticsView } from "@/lib/analytics/load-analytics-view";
import { KNOWN_CHANNELS } from "@/lib/offers/channels";

const GRANULARITY_LABELS: Record<(typeof GRANULARITIES)[number], string> = { hour: "Hour", day: "Day", week: "Week", month: "Month" };
const REASON_LABEL = (reason: string) => reason.replace(/_/g, " ");

function hrefWith(basePath: string, search: AnalyticsSearch, change: Partial<AnalyticsSearch>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...search, ...change })) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `${basePath}?${text}` : basePath;
}

export function AnalyticsViewScreen({
  view,
  search,
  basePath,
  fixedOffer,
}: {
  view: AnalyticsView;
  search: AnalyticsSearch;
  basePath: string;
  fixedOffer?: boolean;
}) {
  const granularity = view.query.granularity;
  const zone = view.redemptions.range.timeZone;
  const current: AnalyticsSearch = { ...search, granularity };
  const prefix = fixedOffer ? "offer-" : "";
  const redemptionRows: ChartRow[] = view.redemptions.points.map((p) => ({ bucket: p.bucket, redemptions: p.redemptions }));
  const reasons = view.rejections.reasons;
  const rejectionRows: ChartRow[] = view.rejections.points.map((p) => ({
    bucket: p.bucket,
    attempts: p.attempts,
    ...Object.fromEntries(reasons.map((r) => [r, p.counts[r] ?? 0])),
  }));
  const ranked = (items: { label: string; redemptions: number }[]): ChartRow[] =>
    items.map((i) => ({ label: i.label, redemptions: i.redemptions }));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-3">
        <nav aria-label="Granularity" className="flex gap-1">
          {GRANULARITIES.map((g) => (
            <Link
              key={g}
              href={hrefWith(basePath, current, { granularity: g })}
              aria-current={g === granularity ? "page" : undefined}
              className={buttonClass(g === granularity ? "primary" : "secondary", "text-xs")}
              scroll={false}
            >
              {GRANULARITY_LABELS[g]}
            </Link>
          ))}
        </nav>
        <form method="get" action={basePath} className="flex flex-wrap items-end gap-3 text-sm">
          <input type="hidden" name="granularity" value={granularity} />
          <label className="flex flex-col gap-1">
            <span className="text-xs text-slate-600">Range</span>
            <select name="days" defaultValue={String(view.days)} className="rounded border border-slate-300 px-2 py-1">
              {RANGE_DAYS.map((d) => (
                <option key={d} value={d}>
                  Last {d} days
                </option>
              ))}
            </select>
          </label>
          {fixedOffer ? null : (
            <label className="flex flex-col gap-1">
              <span className="text-xs text-slate-600">Offer</span>
              <select name="offerId" defaultValue={search.offerId ?? ""} className="max-w-56 rounded border border-slate-300 px-2 py-1">
                <option value="">All offers</option>
                {view.choices.offers.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className="flex flex-col gap-1">
            <span className="text-xs text-slate-600">Store</span>
            <select name="storeId" defaultValue={search.storeId ?? ""} className="max-w-48 rounded border border-slate-300 px-2 py-1">
              <option value="">All stores</option>
              {view.choices.stores.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1">
            <span className="text-xs text-slate-600">Channel</span>
            <select name="channel" defaultValue={search.channel ?? ""} className="rounded border border-slate-300 px-2 py-1">
              <option value="">All channels</option>
              {KNOWN_CHANNELS.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className={buttonClass("secondary", "text-xs")}>
            Apply filters
          </button>
        </form>
      </div>
      {view.problem ? <Notice tone="error">{view.problem}</Notice> : null}
      <p className="text-xs text-slate-500">
        Buckets are {GRANULARITY_LABELS[granularity].toLowerCase()}s in {zone}; figures are at most a minute old.
      </p>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="lg:col-span-2">
          <ChartCard
            title="Redemptions over time"
            kind="line"
            rows={redemptionRows}
            x={{ key: "bucket", label: GRANULARITY_LABELS[granularity] }}
            series={[{ key: "redemptions", label: "Redemptions" }]}
            fileName={`${prefix}redemptions-by-${granularity}`}
          />
        </div>
        <div className="lg:col-span-2">
          <DiscountCostCard
            cost={view.cost}
            granularityLabel={GRANULARITY_LABELS[granularity]}
            fileName={`${prefix}discount-cost-by-${granularity}`}
          />
        </div>
        <div className="lg:col-span-2">
          <AverageOrderValueCard
            aov={view.orderValue}
            granularityLabel={GRANULARITY_LABELS[granularity]}
            fileName={`${prefix}average-order-value${view.orderValue.offerId ? `-by-${granularity}` : ""}`}
          />
        </div>
        <div className="lg:col-span-2">
          <ChartCard
            title="Rejections by reason"
            description="Codes and automatic promotions refused at pricing time, stacked by reason (store and channel filters do not apply)."
            kind="stacked"
            rows={reasons.length ? rejectionRows : []}
            x={{ key: "bucket", label: GRANULARITY_LABELS[granularity] }}
            series={reasons.map((r) => ({ key: r, label: REASON_LABEL(r) }))}
            fileName={`${prefix}rejections-by-${granularity}`}
          />
        </div>
        {view.topOffers ? (
          <ChartCard
            title="Top offers"
            kind="ranking"
            rows={ranked(view.topOffers.items)}
            x={{ key: "label", label: "Offer" }}
            series={[{ key: "redemptions", label: "Redemptions" }]}
            fileName="top-offers"
          />
        ) : null}
        <ChartCard
          title="Top codes"
          kind="ranking"
          rows={ranked(view.topCodes.items)}
          x={{ key: "label", label: "Code" }}
          series={[{ key: "redemptions", label: "Redemptions" }]}
          fileName={`${prefix}top-codes`}
        />
        <ChartCard
          title="By store"
          kind="ranking"
          rows={ranked(view.stores.items)}
          x={{ key: "label", label: "Store" }}
          series={[{ key: "redemptions", label: "Redemptions" }]}
          fileName={`${prefix}redemptions-by-store`}
        />
        <ChartCard
          title="By channel"
          kind="ranking"
          rows={ranked(view.channels.items)}
          x={{ key: "label", label: "Channel" }}
          series={[{ key: "redemptions", label: "Redemptions" }]}
          fileName={`${prefix}redemptions-by-channel`}
        />
        {view.printed ? (
          <ChartCard
            title="POS printed coupons: issued → redeemed"
            description="Coupons printed at the till in the range, per issuing store, and how many of them were redeemed."
            kind="bars"
            rows={view.printed.items.map((i) => ({ label: i.label, issued: i.issued, redeemed: i.redeemed }))}
            x={{ key: "label", label: "Store" }}
            series={[
              { key: "issued", label: "Issued" },
              { key: "redeemed", label: "Redeemed" },
            ]}
            fileName="printed-coupons-by-store"
          />
        ) : null}
      </div>
    </div>
  );
}
