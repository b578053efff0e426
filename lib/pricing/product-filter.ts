// Product filters, pre-built into sets once per offer. A line matches a filter when ANY criterion
// matches: its product id, one of its categories, or one attribute value; prepareOffers indexes
// offers by these sets, so matching a cart is a few look-ups per line.
import type { ProductFilter } from "./types";

export type PreparedFilter = {
  productIds: ReadonlySet<string>;
  categories: ReadonlySet<string>;
  /** attribute key -> accepted values */
  attributes: ReadonlyMap<string, ReadonlySet<string>>;
  /** false when no criterion is listed: such a filter matches nothing. */
  hasCriteria: boolean;
};

export function prepareFilter(filter: ProductFilter | undefined | null): PreparedFilter {
  const attributes = new Map<string, Set<string>>();
  for (const { key, values } of filter?.attributes ?? []) {
    const accepted = attributes.get(key) ?? new Set<string>();
    for (const value of values) accepted.add(value);
    if (accepted.size > 0) attributes.set(key, accepted);
  }
  const productIds = new Set(filter?.productIds ?? []);
  const categories = new Set(filter?.categories ?? []);
  return {
    productIds,
    categories,
    attributes,
    hasCriteria: productIds.size > 0 || categories.size > 0 || attributes.size > 0,
  };
}
