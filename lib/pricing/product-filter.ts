// Product filters, pre-built into sets once per offer. A line matches a filter when ANY criterion
// matches: its product id, one of its categories, or one attribute value. prepareOffers indexes
// automatic offers by these sets; coupons are tested line by line with filterMatches.
import type { ProductFilter } from "./types";

export type PreparedFilter = {
  productIds: ReadonlySet<string>;
  categories: ReadonlySet<string>;
  /** attribute key -> accepted values */
  attributes: ReadonlyMap<string, ReadonlySet<string>>;
  /** The same pairs as an array, so testing a line allocates no iterator. */
  attributeList: readonly (readonly [string, ReadonlySet<string>])[];
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
    attributeList: [...attributes],
    hasCriteria: productIds.size > 0 || categories.size > 0 || attributes.size > 0,
  };
}

export type FilterableLine = {
  readonly productId: string;
  readonly categories?: readonly string[];
  readonly attributes?: Readonly<Record<string, string>>;
};

export function filterMatches(filter: PreparedFilter, line: FilterableLine): boolean {
  if (filter.productIds.size > 0 && filter.productIds.has(line.productId)) return true;
  const categories = line.categories;
  if (categories !== undefined && filter.categories.size > 0) {
    for (let i = 0; i < categories.length; i++) if (filter.categories.has(categories[i])) return true;
  }
  const attributes = line.attributes;
  if (attributes !== undefined) {
    for (const [key, values] of filter.attributeList) {
      const value = attributes[key];
      // typeof guards against inherited members such as "constructor".
      if (typeof value === "string" && values.has(value)) return true;
    }
  }
  return false;
}
