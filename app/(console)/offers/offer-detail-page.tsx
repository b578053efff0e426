// The page of one coupon or promotion (/coupons/{id}, /promotions/{id}): the detail screen, the offer's
// conflicts and its analytics panel. Both routes render this with their family.
import { OfferConflicts } from "@/components/conflicts/offer-conflicts";
import { OfferAnalyticsPanel } from "@/components/analytics/offer-analytics-panel";
import { OfferDetailScreen } from "@/components/offers/offer-detail-screen";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { conflictsOfOffer } from "@/lib/conflicts/offer-conflicts";
import { loadDetail } from "@/lib/offers/console-detail";
import { FAMILIES, type Family } from "@/lib/offers/family";
import { orNotFound } from "@/lib/offers/or-not-found";

export type OfferPageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
};

export async function OfferDetailPage({ family, params, searchParams }: OfferPageProps & { family: Family }) {
  const session = await requireConsoleSession();
  const { id } = await params;
  const query = await searchParams;
  const [detail, conflicts] = await Promise.all([
    orNotFound(loadDetail(session.tenant, family, id)),
    conflictsOfOffer(session.tenant.id, id),
  ]);
  return (
    <>
      <OfferDetailScreen
        family={family}
        {...detail}
        canWrite={hasRole(session.actor.role, ROLES.write)}
        saved={query.saved === "1"}
        published={query.published}
        scheduled={query.scheduled}
        zone={session.tenant.timeZone}
      />
      <OfferConflicts findings={conflicts} />
      <OfferAnalyticsPanel
        tenantId={session.tenant.id}
        offerId={id}
        search={query}
        basePath={`${FAMILIES[family].consolePath}/${encodeURIComponent(id)}`}
      />
    </>
  );
}
