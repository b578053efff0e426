// The analytics panel under an offer's page: the analytics charts with the offer fixed.
import { AnalyticsViewScreen } from "@/components/analytics/analytics-view";
import { loadAnalyticsView, type AnalyticsSearch } from "@/lib/analytics/load-analytics-view";

export async function OfferAnalyticsPanel({
  tenantId,
  offerId,
  search,
  basePath,
}: {
  tenantId: string;
  offerId: string;
  search: AnalyticsSearch;
  basePath: string;
}) {
  const view = await loadAnalyticsView(tenantId, search, { offerId });
  const own: AnalyticsSearch = { granularity: search.granularity, days: search.days, storeId: search.storeId, channel: search.channel };
  return (
    <section aria-labelledby="offer-analytics" className="mt-8">
      <h2 id="offer-analytics" className="mb-3 text-lg font-semibold">
        Analytics
      </h2>
      <AnalyticsViewScreen view={view} search={own} basePath={basePath} fixedOffer />
    </section>
  );
}
