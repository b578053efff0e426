// POS campaigns of a tenant, filtered, paged and sorted on the server. The status filter is the one
// campaignStatus (status.ts) derives, as a query on the tenant's local time (campaign dates are naive
// local "yyyy-mm-ddThh:mm:ss", compared as text), plus "Exhausted" (contract §7).
import { orderByFrom } from "@/lib/catalog/schemas";
import { db } from "@/lib/db/client";
import { containsText } from "@/lib/db/dialect";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { skipTake, type Page } from "@/lib/http/pagination";
import { findExhaustedIds } from "@/lib/limits/find-exhausted";
import { readLimits } from "@/lib/limits/schemas";
import { splitList } from "@/lib/offers/schemas";
import { toCampaignView, type CampaignView } from "@/lib/pos/campaign-view";
import { localClock } from "@/lib/pos/local-clock";
import { CAMPAIGN_LIST_STATUSES, type CampaignListQuery, type CampaignListStatus } from "@/lib/pos/list-schemas";

type Where = Prisma.PosCampaignWhereInput;

function statusWhere(status: CampaignListStatus, nowLocal: string, exhausted: readonly string[]): Where {
  const live = { unpublished: false, enabled: true };
  switch (status) {
    case "Draft":
      return { unpublished: true };
    case "Disabled":
      return { unpublished: false, enabled: false };
    case "Planned":
      return { ...live, validFrom: { gt: nowLocal } };
    case "Active":
      return { ...live, validFrom: { lte: nowLocal }, OR: [{ validTo: null }, { validTo: { gte: nowLocal } }] };
    case "Expired":
      return { ...live, validTo: { lt: nowLocal } };
    case "Exhausted":
      return { AND: [statusWhere("Active", nowLocal, []), { id: { in: [...exhausted] } }] };
  }
}

/** The used-up campaigns among those with usage (read only when the filter asks for them). */
async function exhaustedCampaignIds(tenantId: string, now: Date): Promise<string[]> {
  const tenant = await db().tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { id: true, timeZone: true } });
  return findExhaustedIds(
    tenant,
    async (ids) =>
      (await db().posCampaign.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, limits: true, currency: true } })).map(
        (row) => ({ id: row.id, limits: readLimits(row.limits), currencies: [row.currency] }),
      ),
    now,
  );
}

const SORTABLE = ["name", "startDate", "endDate", "createdAt", "updatedAt"] as const;

export async function listCampaigns(tenantId: string, query: CampaignListQuery, now = new Date()): Promise<Page<CampaignView>> {
  const statuses = splitList(query.status).flatMap((s) => CAMPAIGN_LIST_STATUSES.filter((a) => a.toLowerCase() === s.toLowerCase()));
  const [clock, exhausted] = await Promise.all([
    localClock(db(), tenantId, null, now),
    statuses.includes("Exhausted") ? exhaustedCampaignIds(tenantId, now) : Promise.resolve([]),
  ]);
  const where: Where = {
    tenantId,
    ...(query.q ? { name: containsText(query.q) } : {}),
    ...(query.enabled ? { enabled: query.enabled === "true" } : {}),
    ...(statuses.length > 0 ? { AND: [{ OR: statuses.map((s) => statusWhere(s, clock.nowLocal, exhausted)) }] } : {}),
  };
  const [rows, total] = await Promise.all([
    db().posCampaign.findMany({ where, orderBy: orderByFrom(query.sort, SORTABLE, "createdAt"), ...skipTake(query) }),
    db().posCampaign.count({ where }),
  ]);
  return { items: rows.map((row) => toCampaignView(row, clock.nowLocal)), total };
}

/** Every campaign's id and name, for the rule form's picker (a tenant has tens, not thousands). */
export async function campaignChoices(tenantId: string): Promise<{ id: string; name: string }[]> {
  return db().posCampaign.findMany({
    where: { tenantId },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
  });
}
