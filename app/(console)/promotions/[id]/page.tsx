import type { Metadata } from "next";
import { OfferConflicts } from "@/components/conflicts/offer-conflicts";
import { OfferAnalyticsPanel } from "@/components/analytics/offer-analytics-panel";
import { OfferDetailScreen } from "@/components/offers/offer-detail-screen";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { conflictsOfOffer } from "@/lib/conflicts/offer-conflicts";
import { loadDetail } from "@/lib/offers/console-detail";
import { orNotFound } from "@/lib/offers/or-not-found";

export const metadata: Metadata = { title: "Promotion" };

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const session = await requireConsoleSession();
  const { id } = await params;
  const query = await searchParams;
  const detail = await orNotFound(loadDetail(session.tenant.id, "promotion", id));
  const conflicts = await conflictsOfOffer(session.tenant.id, id);
  return (
    <>
      <OfferDetailScreen
        family="promotion"
        {...detail}
        canWrite={hasRole(session.actor.role, ROLES.write)}
        saved={query.saved === "1"}
        published={query.published}
        scheduled={query.scheduled}
        zone={session.tenant.timeZone}
      />
      <OfferConflicts findings={conflicts} />
      <OfferAnalyticsPanel tenantId={session.tenant.id} offerId={id} search={query} basePath={`/promotions/${encodeURIComponent(id)}`} />
    </>
  );
}
