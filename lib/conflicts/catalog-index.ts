// The catalog indexed the way offer filters read it (product id, category, attribute value), so each
// filter resolves to its products with a few look-ups instead of a scan of every product.
import type { PreparedFilter } from "@/lib/pricing/product-filter";
import type { CatalogProduct } from "@/lib/conflicts/types";

export type CatalogIndex = {
  /** Sorted by id: every choice of "the first product" is deterministic. */
  products: readonly CatalogProduct[];
  excluded: ReadonlySet<string>;
  byId: ReadonlyMap<string, number>;
  byCategory: ReadonlyMap<string, number[]>;
  byAttribute: ReadonlyMap<string, number[]>;
};

const attributeKey = (key: string, value: string) => `${key}\u0000${value}`;

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexCatalog(products: readonly CatalogProduct[], exclusionList: readonly string[]): CatalogIndex {
  const sorted = [...products].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byId = new Map<string, number>();
  const byCategory = new Map<string, number[]>();
  const byAttribute = new Map<string, number[]>();
  sorted.forEach((product, i) => {
    byId.set(product.id, i);
    for (const category of new Set(product.categories)) push(byCategory, category, i);
    for (const [key, value] of Object.entries(product.attributes)) push(byAttribute, attributeKey(key, value), i);
  });
  return { products: sorted, excluded: new Set(exclusionList), byId, byCategory, byAttribute };
}

/** Indices (ascending) of the products a filter matches, excluded ones included. */
export function matchFilter(index: CatalogIndex, filter: PreparedFilter): number[] {
  const found = new Set<number>();
  for (const id of filter.productIds) {
    const i = index.byId.get(id);
    if (i !== undefined) found.add(i);
  }
  for (const category of filter.categories) for (const i of index.byCategory.get(category) ?? []) found.add(i);
  for (const [key, values] of filter.attributeList)
    for (const value of values) for (const i of index.byAttribute.get(attributeKey(key, value)) ?? []) found.add(i);
  return [...found].sort((a, b) => a - b);
}
