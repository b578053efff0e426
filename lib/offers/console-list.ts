// Everything a coupon or promotion list screen shows: the valid query (and the filters it ignored),
// one page of offers (or of archived ones), the store filter's options and the user's saved views.
import type { Actor } from "@/lib/auth/actor";
import { getOffersUsage } from "@/lib/limits/get-offers-usage";
import type { OfferUsageSummary } from "@/lib/limits/usage-view";
import { listQueryFromSearchParams } from "@/lib/offers/console-queries";
import { FAMILIES, type Family } from "@/lib/offers/family";
import { listOffers } from "@/lib/offers/list-offers";
import { listStoreOptions, type StoreOption } from "@/lib/offers/pickers/list-store-options";
import { listSavedViews, type SavedView, type SavedViewList } from "@/lib/offers/saved-views/list-saved-views";
import type { OfferListQuery, OfferView } from "@/lib/offers/schemas";

export type ListScreenData = {
  query: OfferListQuery;
  invalid: string[];
  archived: boolean;
  page: { items: OfferView[]; total: number };
  stores: StoreOption[];
  views: SavedView[];
  /** The usage bars of the page's limited offers, by id (one read for the page). */
  usage: Record<string, OfferUsageSummary>;
};

export function savedViewList(family: Family): SavedViewList {
  return FAMILIES[family].consolePath.slice(1) as SavedViewList;
}

export async function loadListScreen(
  actor: Actor,
  tenant: { id: string; timeZone: string },
  family: Family,
  params: Record<string, string | string[] | undefined>,
): Promise<ListScreenData> {
  const { query, invalid } = listQueryFromSearchParams(params);
  const archived = params.archived === "true";
  const [page, stores, views] = await Promise.all([
    listOffers(actor.tenantId, family, query, new Date(), { archived }),
    listStoreOptions(actor.tenantId),
    actor.type === "user" ? listSavedViews(actor.tenantId, actor.id, savedViewList(family)) : Promise.resolve([]),
  ]);
  const usage = await getOffersUsage(
    tenant,
    page.items.map((o) => ({ id: o.id, limits: o.limits, currencies: o.currencies.map((c) => c.code) })),
  );
  return { query, invalid, archived, page, stores, views, usage };
}
