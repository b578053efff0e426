// POS campaigns of a tenant, paged and sorted on the server.
import { orderByFrom } from "@/lib/catalog/schemas";
import { db } from "@/lib/db/client";
import { containsText } from "@/lib/db/dialect";
import { skipTake, type Page } from "@/lib/http/pagination";
import { toCampaignView, type CampaignView } from "@/lib/pos/campaign-view";
import { localClock } from "@/lib/pos/local-clock";
import type { CampaignListQuery } from "@/lib/pos/schemas";

const SORTABLE = ["name", "startDate", "endDate", "createdAt", "updatedAt"] as const;

export async function listCampaigns(tenantId: string, query: CampaignListQuery, now = new Date()): Promise<Page<CampaignView>> {
  const where = {
    tenantId,
    ...(query.q ? { name: containsText(query.q) } : {}),
    ...(query.enabled ? { enabled: query.enabled === "true" } : {}),
  };
  const [rows, total, clock] = await Promise.all([
    db().posCampaign.findMany({ where, orderBy: orderByFrom(query.sort, SORTABLE, "createdAt"), ...skipTake(query) }),
    db().posCampaign.count({ where }),
    localClock(db(), tenantId, null, now),
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
