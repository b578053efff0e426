// Indexes an offer set once, so pricing a cart only looks at offers that could touch it:
// automatic offers by store, then by product id / category / attribute of their filters; whole-cart
// offers (cart-level without filter, free shipping) by store and currency; coupons by id.
import { compareApplicationOrder, olderFirst } from "./application-order";
import { currencyExponent } from "./currency";
import { prepareOffer, type PreparedOffer } from "./prepared-offer";
import type { Offer } from "./types";

export type SlotRef = { readonly offer: PreparedOffer; readonly slot: number };

export type StoreIndex = {
  readonly byProduct: Map<string, SlotRef[]>;
  readonly byCategory: Map<string, SlotRef[]>;
  /** attribute key -> value -> refs (nested, so a look-up never builds a combined key string). */
  readonly byAttribute: Map<string, Map<string, SlotRef[]>>;
  /** The keys of byAttribute, as an array: offers use few attribute keys, lines may carry many. */
  readonly attributeKeys: string[];
  /** Whole-cart offers by currency code; "" holds the ones that accept any currency. */
  readonly wholeCartByCurrency: Map<string, PreparedOffer[]>;
};

export type PreparedOffers = {
  /** Automatic offers open to every store. */
  readonly anyStore: StoreIndex;
  /** Automatic offers restricted to stores, by store id. */
  readonly byStore: ReadonlyMap<string, StoreIndex>;
  /** Memo: per store, one index holding both its own and the any-store offers, built on first use. */
  readonly mergedByStore: Map<string, StoreIndex>;
  readonly couponsById: ReadonlyMap<string, PreparedOffer>;
  /** Every coupon's filters (stores are checked later: a coupon must say store_not_allowed). */
  readonly couponIndex: StoreIndex;
  readonly automatic: readonly PreparedOffer[];
  /** Length of the offer list given to prepareOffers (positions are below it). */
  readonly offerCount: number;
  /** Memo: per cart currency, each automatic offer's rank in application order, by position. */
  readonly ranksByCurrency: Map<string, Int32Array>;
};

function emptyStoreIndex(): StoreIndex {
  return { byProduct: new Map(), byCategory: new Map(), byAttribute: new Map(), attributeKeys: [], wholeCartByCurrency: new Map() };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function indexOffer(index: StoreIndex, prepared: PreparedOffer): void {
  if (prepared.slots.length === 0) {
    const codes = prepared.currencies ? [...prepared.currencies.keys()] : [""];
    for (const code of codes) push(index.wholeCartByCurrency, code, prepared);
    return;
  }
  prepared.slots.forEach((filter, slot) => {
    const ref: SlotRef = { offer: prepared, slot };
    for (const productId of filter.productIds) push(index.byProduct, productId, ref);
    for (const category of filter.categories) push(index.byCategory, category, ref);
    for (const [key, values] of filter.attributes) {
      let byValue = index.byAttribute.get(key);
      if (!byValue) {
        index.byAttribute.set(key, (byValue = new Map()));
        index.attributeKeys.push(key);
      }
      for (const value of values) push(byValue, value, ref);
    }
  });
}

/** Prepares and indexes an offer set; reuse the result for every cart priced against that set. */
export function prepareOffers(offers: readonly Offer[]): PreparedOffers {
  const anyStore = emptyStoreIndex();
  const byStore = new Map<string, StoreIndex>();
  const couponsById = new Map<string, PreparedOffer>();
  const couponIndex = emptyStoreIndex();
  const automatic: PreparedOffer[] = [];
  offers.forEach((offer, position) => {
    const prepared = prepareOffer(offer, position);
    if (offer.source === "coupon") {
      couponsById.set(offer.id, prepared);
      if (prepared.slots.length > 0) indexOffer(couponIndex, prepared);
      return;
    }
    automatic.push(prepared);
    if (offer.stores.length === 0) {
      indexOffer(anyStore, prepared);
      return;
    }
    for (const storeId of new Set(offer.stores)) {
      let index = byStore.get(storeId);
      if (!index) byStore.set(storeId, (index = emptyStoreIndex()));
      indexOffer(index, prepared);
    }
  });
  return { anyStore, byStore, mergedByStore: new Map(), couponsById, couponIndex, automatic, offerCount: offers.length, ranksByCurrency: new Map() };
}

function mergeLists<K, V>(target: Map<K, V[]>, source: ReadonlyMap<K, V[]>): void {
  for (const [key, list] of source) target.set(key, (target.get(key) ?? []).concat(list));
}

function mergeIndexes(a: StoreIndex, b: StoreIndex): StoreIndex {
  const merged = emptyStoreIndex();
  for (const index of [a, b]) {
    mergeLists(merged.byProduct, index.byProduct);
    mergeLists(merged.byCategory, index.byCategory);
    mergeLists(merged.wholeCartByCurrency, index.wholeCartByCurrency);
    for (const [key, byValue] of index.byAttribute) {
      let target = merged.byAttribute.get(key);
      if (!target) {
        merged.byAttribute.set(key, (target = new Map()));
        merged.attributeKeys.push(key);
      }
      mergeLists(target, byValue);
    }
  }
  return merged;
}

/**
 * The automatic offers a cart in `storeId` may see, as one index, so each product, category and
 * attribute of the cart costs one look-up. Merged lazily: only stores that price carts pay for it.
 */
export function automaticIndexFor(offers: PreparedOffers, storeId: string | undefined): StoreIndex {
  if (storeId === undefined) return offers.anyStore;
  const own = offers.byStore.get(storeId);
  if (!own) return offers.anyStore;
  let merged = offers.mergedByStore.get(storeId);
  if (!merged) offers.mergedByStore.set(storeId, (merged = mergeIndexes(offers.anyStore, own)));
  return merged;
}

/**
 * Application order of the automatic offers for carts in `currency` (fixed amounts, and so the
 * larger-first rules, depend on it), computed once per currency so a cart sorts by integer rank.
 */
export function automaticRanks(offers: PreparedOffers, currency: string): Int32Array {
  let ranks = offers.ranksByCurrency.get(currency);
  if (!ranks) {
    const order = compareApplicationOrder(currency, currencyExponent(currency), olderFirst);
    const sorted = [...offers.automatic].sort(order);
    ranks = new Int32Array(offers.offerCount);
    sorted.forEach((prepared, rank) => (ranks![prepared.position] = rank));
    offers.ranksByCurrency.set(currency, ranks);
  }
  return ranks;
}
