// The list filters as a plain GET form: the URL holds the state, so filtered lists can be bookmarked.
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
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
  const label = "mb-1 block text-slate-600";
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Filter the list">
      <label className="text-sm">
        <span className={label}>Name</span>
        <input name="name" defaultValue={query.name ?? ""} className={inputClass} placeholder="comma separated" />
      </label>
      {family === "coupon" ? (
        <label className="text-sm">
          <span className={label}>Code</span>
          <input name="code" defaultValue={query.code ?? ""} className={inputClass} placeholder="exact codes" />
        </label>
      ) : null}
      <label className="text-sm">
        <span className={label}>Status</span>
        <select name="status" defaultValue={query.status ?? ""} className={inputClass}>
          <option value="">Any</option>
          {LIST_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className={label}>Kind</span>
        <select name="kind" defaultValue={query.kind ?? ""} className={inputClass}>
          <option value="">Any</option>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className={label}>Store</span>
        <select name="store" defaultValue={query.store ?? ""} className={inputClass}>
          <option value="">Any</option>
          {stores.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className={label}>Includes product</span>
        <input name="product" defaultValue={query.product ?? ""} className={inputClass} placeholder="product id (SKU)" />
      </label>
      {query.sort ? <input type="hidden" name="sort" value={query.sort} /> : null}
      {archived ? <input type="hidden" name="archived" value="true" /> : null}
      <button type="submit" className={buttonClass("secondary")}>
        Apply filters
      </button>
    </form>
  );
}
