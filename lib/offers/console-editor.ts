// Everything the offer form needs from the server: pickers' data, the tenant's zone and offset, and
// the starting values (a blank offer, the stored one, or an unsaved copy of one when duplicating).
import { currentOffset } from "@/lib/offers/dates";
import type { Family } from "@/lib/offers/family";
import { blankOffer, offerToFormValues, startOfToday, type OfferFormValues } from "@/lib/offers/form-values";
import { getOfferOrThrow } from "@/lib/offers/get-offer-or-throw";
import { listAudienceOptions, type AudienceOptions } from "@/lib/offers/pickers/list-audience-options";
import { listCategories } from "@/lib/offers/pickers/list-categories";
import { listStoreOptions, type StoreOption } from "@/lib/offers/pickers/list-store-options";
import type { OfferView } from "@/lib/offers/schemas";

export type EditorData = {
  initial: OfferView | null;
  defaults: OfferFormValues;
  /** Set when the form starts from a copy of this offer: nothing is saved until "Create". */
  copyOf: { id: string; name: string } | null;
  stores: StoreOption[];
  categories: string[];
  audience: AudienceOptions;
  defaultOffset: string;
};

/** `id` edits that offer; `copyFrom` starts a new one from its values (the kind and discount stay editable). */
export async function loadEditor(
  tenant: { id: string; timeZone: string },
  family: Family,
  id?: string,
  copyFrom?: string,
): Promise<EditorData> {
  const [initial, source, stores, categories, audience] = await Promise.all([
    id ? getOfferOrThrow(tenant.id, family, id) : Promise.resolve(null),
    !id && copyFrom ? getOfferOrThrow(tenant.id, family, copyFrom) : Promise.resolve(null),
    listStoreOptions(tenant.id),
    listCategories(tenant.id),
    listAudienceOptions(tenant.id),
  ]);
  const defaultOffset = currentOffset(tenant.timeZone);
  const defaults = initial
    ? offerToFormValues(initial)
    : source
      ? copyValues(source)
      : blankOffer(family, startOfToday(tenant.timeZone, null));
  return { initial, defaults, copyOf: source ? { id: source.id, name: source.name } : null, stores, categories, audience, defaultOffset };
}

function copyValues(source: OfferView): OfferFormValues {
  return { ...offerToFormValues(source), name: `Copy of ${source.name}`.slice(0, 200) };
}
