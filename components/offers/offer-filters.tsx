// The filters of the coupon and promotion lists (components/ui/filter-form.tsx: a GET form, so the URL holds
// the state and a filtered list can be bookmarked). Sort and the archived view ride along as hidden fields.
import { FilterForm, SelectFilter, TextFilter } from "@/components/ui/filter-form";
import { PROMOTION_KINDS, COUPON_KINDS, KIND_LABELS } from "@/lib/offers/category-schema";
import { LIST_STATUSES } from "@/lib/offers/dates";
import type { Family } from "@/lib/offers/family";
import type { OfferListQuery } from "@/lib/offers/schemas";
import type { StoreOption } from "@/lib/offers/pickers/list-store-options";

export function OfferFilters({
  family,
  query,
  stores,
  archived,
}: {
  family: Family;
  query: OfferListQuery;
  stores: StoreOption[];
  archived: boolean;
}) {
  const kinds = family === "coupon" ? COUPON_KINDS : PROMOTION_KINDS;
  return (
    <FilterForm label="Filter the list">
      <TextFilter label="Name" name="name" value={query.name} placeholder="comma separated" />
      {family === "coupon" ? <TextFilter label="Code" name="code" value={query.code} placeholder="exact codes" /> : null}
      <SelectFilter label="Status" name="status" value={query.status} options={LIST_STATUSES} />
      <SelectFilter label="Kind" name="kind" value={query.kind} options={kinds.map((k) => ({ value: k, label: KIND_LABELS[k] }))} />
      <SelectFilter label="Store" name="store" value={query.store} options={stores.map((s) => ({ value: s.id, label: s.name }))} />
      <TextFilter label="Includes product" name="product" value={query.product} placeholder="product id (SKU)" />
      {query.sort ? <input type="hidden" name="sort" value={query.sort} /> : null}
      {archived ? <input type="hidden" name="archived" value="true" /> : null}
    </FilterForm>
  );
}
