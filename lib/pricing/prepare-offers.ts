// Indexes an offer set once, so pricing a cart only looks at automatic offers that could touch it.
// One term index (product id, category, attribute value) holds every filter slot of every automatic
// offer, split per term into offers open to any store and offers of given stores: one look-up per
// term of the cart, and memory proportional to the filters. Whole-cart automatic offers (cart-level
// without filter, free shipping) are indexed by store and currency. Coupons are kept by id only: a
// cart names a few, and they are matched line by line (they may also be added per cart, see
// with-coupons.ts, without re-indexing).
import { compareApplicationOrder, olderFirst } from "./application-order";
import { currencyExponent } from "./currency";
import { prepareOffer, type PreparedOffer } from "./prepared-offer";
import type { Offer } from "./types";

export type SlotRef = { readonly offer: PreparedOffer; readonly slot: number };

/** The automatic offer slots one term (a product id, category or attribute value) appears in. */
export type TermEntry = {
  readonly anyStore: SlotRef[];
  /** Offers restricted to stores, by store id; null when there are none. */
  byStore: Map<string, SlotRef[]> | null;
};

export type TermIndex = {
  readonly byProduct: Map<string, TermEntry>;
  readonly byCategory: Map<string, TermEntry>;
  /** Per attribute key, as an array: offers use few keys, lines may carry many, so a line is
   * matched by walking these keys. */
  readonly attributes: { readonly key: string; readonly byValue: Map<string, TermEntry> }[];
};

/** Whole-cart automatic offers by currency code; "" holds the ones accepting any currency. */
export type WholeCartIndex = Map<string, PreparedOffer[]>;

export type PreparedOffers = {
  readonly terms: TermIndex;
  readonly wholeCartAnyStore: WholeCartIndex;
  readonly wholeCartByStore: ReadonlyMap<string, WholeCartIndex>;
  readonly couponsById: ReadonlyMap<string, PreparedOffer>;
  readonly automatic: readonly PreparedOffer[];
  /** Length of the offer list given to prepareOffers (positions are below it). */
  readonly offerCount: number;
  /** Memo: per cart currency, each automatic offer's rank in application order, by position. */
  readonly ranksByCurrency: Map<string, Int32Array>;
};

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function entryFor(map: Map<string, TermEntry>, term: string): TermEntry {
  let entry = map.get(term);
  if (!entry) map.set(term, (entry = { anyStore: [], byStore: null }));
  return entry;
}

function addRef(entry: TermEntry, ref: SlotRef, stores: readonly string[]): void {
  if (stores.length === 0) entry.anyStore.push(ref);
  else for (const storeId of stores) push((entry.byStore ??= new Map()), storeId, ref);
}

function indexTerms(terms: TermIndex, prepared: PreparedOffer, stores: readonly string[]): void {
  prepared.slots.forEach((filter, slot) => {
    const ref: SlotRef = { offer: prepared, slot };
    for (const productId of filter.productIds) addRef(entryFor(terms.byProduct, productId), ref, stores);
    for (const category of filter.categories) addRef(entryFor(terms.byCategory, category), ref, stores);
    for (const [key, values] of filter.attributes) {
      let attribute = terms.attributes.find((a) => a.key === key);
      if (!attribute) terms.attributes.push((attribute = { key, byValue: new Map() }));
      for (const value of values) addRef(entryFor(attribute.byValue, value), ref, stores);
    }
  });
}

function indexWholeCart(index: WholeCartIndex, prepared: PreparedOffer): void {
  const codes = prepared.currencies ? [...prepared.currencies.keys()] : [""];
  for (const code of codes) push(index, code, prepared);
}

/** Prepares and indexes an offer set; reuse the result for every cart priced against that set. */
export function prepareOffers(offers: readonly Offer[]): PreparedOffers {
  const terms: TermIndex = { byProduct: new Map(), byCategory: new Map(), attributes: [] };
  const wholeCartAnyStore: WholeCartIndex = new Map();
  const wholeCartByStore = new Map<string, WholeCartIndex>();
  const couponsById = new Map<string, PreparedOffer>();
  const automatic: PreparedOffer[] = [];
  offers.forEach((offer, position) => {
    const prepared = prepareOffer(offer, position);
    const stores = [...new Set(offer.stores)];
    if (offer.source === "coupon") {
      couponsById.set(offer.id, prepared);
      return;
    }
    automatic.push(prepared);
    if (prepared.slots.length > 0) indexTerms(terms, prepared, stores);
    else if (stores.length === 0) indexWholeCart(wholeCartAnyStore, prepared);
    else {
      for (const storeId of stores) {
        let index = wholeCartByStore.get(storeId);
        if (!index) wholeCartByStore.set(storeId, (index = new Map()));
        indexWholeCart(index, prepared);
      }
    }
  });
  return { terms, wholeCartAnyStore, wholeCartByStore, couponsById, automatic, offerCount: offers.length, ranksByCurrency: new Map() };
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
