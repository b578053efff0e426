// Everything a coupon or promotion list screen shows: the valid query (and the filters it ignored),
// one page of offers (or of archived ones), the store filter's options and the user's saved views.
import type { Actor } from "@/lib/auth/actor";
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
};

export function savedViewList(family: Family): SavedViewList {
  return FAMILIES[family].consolePath.slice(1) as SavedViewList;
}

export async function loadListScreen(
  actor: Actor,
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
  return { query, invalid, archived, page, stores, views };
}
