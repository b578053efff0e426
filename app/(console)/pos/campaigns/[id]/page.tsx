import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OfferAnalyticsPanel } from "@/components/analytics/offer-analytics-panel";
import { CampaignForm } from "@/components/pos/campaign-form";
import { LimitsCard } from "@/components/offers/limits-card";
import { getOffersUsage } from "@/lib/limits/get-offers-usage";
import { displayStatus } from "@/lib/limits/usage-view";
import { PosTabs } from "@/components/pos/pos-tabs";
import { PendingVersions } from "@/components/versions/pending-versions";
import { ButtonLink } from "@/components/ui/button";
import { Badge, Card, Notice, PageHeader } from "@/components/ui/page-header";
import { getWorkingDraft, listPendingVersions } from "@/lib/versions/list-versions";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { offerConsolePath } from "@/lib/offers/family";
import { describeAward, describeScope, localText } from "@/lib/pos/describe";
import { getCampaignOrThrow } from "@/lib/pos/get-campaign-or-throw";
import { listCouponRules } from "@/lib/pos/list-coupon-rules";
import { CouponRuleListQuery } from "@/lib/pos/list-schemas";
import { storeChoices } from "@/lib/pos/store-choices";
import { formatInstantInZone } from "@/lib/pricing/time";

export const metadata: Metadata = { title: "Campaign" };

export default async function CampaignPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const session = await requireConsoleSession();
  const { id } = await params;
  const query = await searchParams;
  const campaign = await getCampaignOrThrow(session.tenant.id, id).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const [{ stores, groups }, rules, draft, pending] = await Promise.all([
    storeChoices(session.tenant.id),
    listCouponRules(session.tenant.id, CouponRuleListQuery.parse({ campaignId: id, count: 100 })),
    getWorkingDraft(session.tenant.id, "pos_campaign", id),
    listPendingVersions(session.tenant.id, "pos_campaign", id),
  ]);
  const usage = (await getOffersUsage(session.tenant, [{ id, limits: campaign.limits, currencies: [campaign.currency] }]))[id] ?? null;
  const status = displayStatus(campaign.status, usage);
  const canWrite = hasRole(session.actor.role, ROLES.write);
  // With a draft, the form edits the draft's values (the summary above it shows the live campaign).
  const edited = draft ? ({ ...campaign, ...draft.snapshot } as typeof campaign) : campaign;
  return (
    <>
      <PageHeader
        title={campaign.name}
        description={`Coupon campaign · last changed ${formatInstantInZone(Date.parse(campaign.updatedAt), session.tenant.timeZone)} by ${campaign.updatedBy}`}
      />
      <PosTabs current="campaigns" />
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <ButtonLink href={`/pos/campaigns/${id}/versions`} variant="secondary">
          Versions
        </ButtonLink>
        {query.published || query.scheduled ? (
          <Notice tone="success">
            {query.published ? `Version ${query.published} is live.` : `Version ${query.scheduled} is scheduled.`}
          </Notice>
        ) : null}
      </div>
      <PendingVersions
        kind="pos_campaign"
        offerId={id}
        pending={pending}
        canWrite={canWrite}
        zone={session.tenant.timeZone}
        editHref="#campaign-edit"
      />
      <div className="space-y-6">
        <Card title="Summary">
          <dl className="grid gap-x-6 gap-y-2 text-sm md:grid-cols-[12rem_1fr]" data-testid="campaign-summary">
            <dt className="text-slate-600">Status</dt>
            <dd>
              <Badge tone={status === "Active" ? "green" : status === "Disabled" || status === "Exhausted" ? "rose" : "slate"}>
                {status}
              </Badge>
            </dd>
            <dt className="text-slate-600">Award</dt>
            <dd>{describeAward(campaign.category, campaign.currency)}</dd>
            <dt className="text-slate-600">Valid</dt>
            <dd>
              {localText(campaign.validFrom)} – {localText(campaign.validTo) || "open"} (store time)
            </dd>
            <dt className="text-slate-600">Stores</dt>
            <dd>{describeScope(campaign)}</dd>
            <dt className="text-slate-600">Granted by</dt>
            <dd>
              {rules.items.length === 0
                ? "no coupon rule yet"
                : rules.items.map((r, i) => (
                    <span key={r.id}>
                      {i > 0 ? ", " : ""}
                      <Link className="text-indigo-700 hover:underline" href={`/pos/rules/${r.id}`}>
                        {r.name}
                      </Link>
                    </span>
                  ))}
            </dd>
          </dl>
        </Card>
        <LimitsCard limits={campaign.limits} usage={usage} ledgerHref={`/pos/campaigns/${id}/ledger`} />
        {canWrite ? (
          <div id="campaign-edit">
            <Card title={draft ? `Edit the draft (version ${draft.number})` : "Edit"}>
              <CampaignForm
                campaign={edited}
                stores={stores}
                groups={groups}
                zone={session.tenant.timeZone}
                draft={draft ? { etag: draft.etag, number: draft.number } : null}
              />
            </Card>
          </div>
        ) : null}
      </div>
      <OfferAnalyticsPanel tenantId={session.tenant.id} offerId={id} search={query} basePath={offerConsolePath("pos_campaign", id)} />
    </>
  );
}
