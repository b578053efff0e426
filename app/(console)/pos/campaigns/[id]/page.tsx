import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CampaignForm } from "@/components/pos/campaign-form";
import { PosTabs } from "@/components/pos/pos-tabs";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { describeAward, describeScope, localText } from "@/lib/pos/describe";
import { getCampaignOrThrow } from "@/lib/pos/get-campaign-or-throw";
import { listCouponRules } from "@/lib/pos/list-coupon-rules";
import { CouponRuleListQuery } from "@/lib/pos/schemas";
import { storeChoices } from "@/lib/pos/store-choices";
import { formatInstantInZone } from "@/lib/pricing/time";

export const metadata: Metadata = { title: "Campaign" };

export default async function CampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireConsoleSession();
  const { id } = await params;
  const campaign = await getCampaignOrThrow(session.tenant.id, id).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const [{ stores, groups }, rules] = await Promise.all([
    storeChoices(session.tenant.id),
    listCouponRules(session.tenant.id, CouponRuleListQuery.parse({ campaignId: id, count: 100 })),
  ]);
  return (
    <>
      <PageHeader
        title={campaign.name}
        description={`Coupon campaign · last changed ${formatInstantInZone(Date.parse(campaign.updatedAt), session.tenant.timeZone)} by ${campaign.updatedBy}`}
      />
      <PosTabs current="campaigns" />
      <div className="space-y-6">
        <Card title="Summary">
          <dl className="grid gap-x-6 gap-y-2 text-sm md:grid-cols-[12rem_1fr]" data-testid="campaign-summary">
            <dt className="text-slate-600">Status</dt>
            <dd>
              <Badge tone={campaign.status === "Active" ? "green" : campaign.status === "Disabled" ? "rose" : "slate"}>
                {campaign.status}
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
        {hasRole(session.actor.role, ROLES.write) ? (
          <Card title="Edit">
            <CampaignForm campaign={campaign} stores={stores} groups={groups} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
