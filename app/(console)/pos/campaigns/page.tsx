import type { Metadata } from "next";
import { PosTabs } from "@/components/pos/pos-tabs";
import { CampaignsTable } from "@/components/pos/pos-tables";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { queryFromSearchParams } from "@/lib/http/search-params";
import { getOffersUsage } from "@/lib/limits/get-offers-usage";
import { listCampaigns } from "@/lib/pos/list-campaigns";
import { CAMPAIGN_LIST_STATUSES, CampaignListQuery } from "@/lib/pos/list-schemas";

export const metadata: Metadata = { title: "POS campaigns" };

export default async function CampaignsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const session = await requireConsoleSession();
  // The search form sends its empty fields ("Any"): read as absent, so the other filters still apply.
  const { query } = queryFromSearchParams(CampaignListQuery, await searchParams);
  const page = await listCampaigns(session.tenant.id, query);
  const usage = await getOffersUsage(
    session.tenant,
    page.items.map((c) => ({ id: c.id, limits: c.limits, currencies: [c.currency] })),
  );
  return (
    <>
      <PageHeader
        title="POS coupons"
        description="Campaigns of type coupon: the discount a printed coupon unlocks, with its dates (the coupon's validity) and stores."
        actions={hasRole(session.actor.role, ROLES.write) ? <ButtonLink href="/pos/campaigns/new">New campaign</ButtonLink> : null}
      />
      <PosTabs current="campaigns" />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Search campaigns">
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">Name contains</span>
          <input name="q" defaultValue={query.q ?? ""} className={inputClass} />
        </label>
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">Enabled</span>
          <select name="enabled" defaultValue={query.enabled ?? ""} className={inputClass}>
            <option value="">Any</option>
            <option value="true">Enabled</option>
            <option value="false">Disabled</option>
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">Status</span>
          <select name="status" defaultValue={query.status ?? ""} className={inputClass}>
            <option value="">Any</option>
            {CAMPAIGN_LIST_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          Search
        </button>
      </form>
      <CampaignsTable rows={page.items} total={page.total} page={query.page} count={query.count} sort={query.sort} usage={usage} />
    </>
  );
}
