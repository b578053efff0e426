// Everything the offer form needs from the server: pickers' data, the tenant's zone and offset, and
// the starting values (a blank offer, the stored one, its draft when it has one, or an unsaved copy of
// one when duplicating). With a draft, also what the draft does to the scenarios.
import { currentOffset } from "@/lib/offers/dates";
import type { Family } from "@/lib/offers/family";
import { blankOffer, offerToFormValues, startOfToday, type OfferFormValues } from "@/lib/offers/form-values";
import { getOfferOrThrow } from "@/lib/offers/get-offer-or-throw";
import { listAudienceOptions, type AudienceOptions } from "@/lib/offers/pickers/list-audience-options";
import { listProductCategories } from "@/lib/catalog/products/list-products";
import { listStoreOptions, type StoreOption } from "@/lib/offers/pickers/list-store-options";
import type { OfferView } from "@/lib/offers/schemas";
import { runDraftImpact } from "@/lib/scenarios/run-suite";
import type { ScenarioImpact } from "@/lib/scenarios/schemas";
import { kindOfFamily } from "@/lib/versions/kinds";
import { getWorkingDraft } from "@/lib/versions/list-versions";
import type { VersionView } from "@/lib/versions/schemas";

export type EditorData = {
  initial: OfferView | null;
  defaults: OfferFormValues;
  /** Set when the form starts from a copy of this offer: nothing is saved until "Create". */
  copyOf: { id: string; name: string } | null;
  stores: StoreOption[];
  categories: string[];
  audience: AudienceOptions;
  defaultOffset: string;
  /** The draft being edited (the form starts from it), or null. */
  draft: VersionView | null;
  impact: ScenarioImpact | null;
};

/** `id` edits that offer; `copyFrom` starts a new one from its values (the kind and discount stay editable). */
export async function loadEditor(
  tenant: { id: string; timeZone: string },
  family: Family,
  id?: string,
  copyFrom?: string,
): Promise<EditorData> {
  const [initial, draft, source, stores, categories, audience] = await Promise.all([
    id ? getOfferOrThrow(tenant.id, family, id) : Promise.resolve(null),
    id ? getWorkingDraft(tenant.id, kindOfFamily(family), id) : Promise.resolve(null),
    !id && copyFrom ? getOfferOrThrow(tenant.id, family, copyFrom) : Promise.resolve(null),
    listStoreOptions(tenant.id),
    listProductCategories(tenant.id, 500),
    listAudienceOptions(tenant.id),
  ]);
  const defaultOffset = currentOffset(tenant.timeZone);
  const impact =
    draft && id
      ? await runDraftImpact(tenant.id, [{ kind: draft.kind, offerId: id, number: draft.number, snapshot: draft.snapshot }])
      : null;
  const defaults = draft
    ? offerToFormValues(draft.snapshot as unknown as OfferView)
    : initial
      ? offerToFormValues(initial)
      : source
        ? copyValues(source)
        : blankOffer(family, startOfToday(tenant.timeZone, null));
  return {
    initial,
    defaults,
    copyOf: source ? { id: source.id, name: source.name } : null,
    stores,
    categories,
    audience,
    defaultOffset,
    draft,
    impact,
  };
}

function copyValues(source: OfferView): OfferFormValues {
  return { ...offerToFormValues(source), name: `Copy of ${source.name}`.slice(0, 200) };
}
