// Everything the offer form needs from the server: pickers' data, the tenant's zone and offset, and
// the starting values (a blank offer, or the stored one).
import { currentOffset } from "@/lib/offers/dates";
import type { Family } from "@/lib/offers/family";
import { blankOffer, offerToFormValues, startOfToday, type OfferFormValues } from "@/lib/offers/form-values";
import { getOfferOrThrow } from "@/lib/offers/get-offer-or-throw";
import { listCategories } from "@/lib/offers/pickers/list-categories";
import { listStoreOptions, type StoreOption } from "@/lib/offers/pickers/list-store-options";
import type { OfferView } from "@/lib/offers/schemas";

export type EditorData = { initial: OfferView | null; defaults: OfferFormValues; stores: StoreOption[]; categories: string[]; defaultOffset: string };

export async function loadEditor(tenant: { id: string; timeZone: string }, family: Family, id?: string): Promise<EditorData> {
  const [initial, stores, categories] = await Promise.all([id ? getOfferOrThrow(tenant.id, family, id) : Promise.resolve(null), listStoreOptions(tenant.id), listCategories(tenant.id)]);
  const defaultOffset = currentOffset(tenant.timeZone);
  return { initial, defaults: initial ? offerToFormValues(initial) : blankOffer(family, startOfToday(tenant.timeZone, defaultOffset)), stores, categories, defaultOffset };
}
