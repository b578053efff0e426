// When an exclusive automatic promotion always saves at least as much as another one (contract §4.8
// then never keeps the other): same kind, a filter that covers the other's, at least the same
// percentage or amount, and conditions at least as open (dates, stores, channels, currencies and
// minimums, segment). Only pairs where that holds for every cart, rounding included, are claimed:
// both per-line (product level) or both once per cart (cart level), so rounding is monotone.
import type { OfferFacts } from "@/lib/conflicts/offer-facts";
import { windowOf } from "@/lib/conflicts/offer-facts";
import { currencyExponent } from "@/lib/pricing";
import { fixedAmountMinor } from "@/lib/pricing/prepared-offer";
import type { PreparedFilter } from "@/lib/pricing/product-filter";

function subset(inner: ReadonlySet<string>, outer: ReadonlySet<string>): boolean {
  for (const value of inner) if (!outer.has(value)) return false;
  return true;
}

/** Every line `inner` matches, `outer` matches. An absent filter (whole cart) is covered only by another absent one. */
function covers(outer: PreparedFilter | undefined, inner: PreparedFilter | undefined): boolean {
  if (!outer) return true;
  if (!inner) return false;
  if (!subset(inner.productIds, outer.productIds) || !subset(inner.categories, outer.categories)) return false;
  for (const [key, values] of inner.attributes) {
    const accepted = outer.attributes.get(key);
    if (!accepted || !subset(values, accepted)) return false;
  }
  return true;
}

/** null = open to any value: open covers everything, a list covers only a smaller list. */
function openAtLeast(outer: ReadonlySet<string> | null, inner: ReadonlySet<string> | null): boolean {
  return outer === null || (inner !== null && subset(inner, outer));
}

function magnitudeAtLeast(e: OfferFacts, x: OfferFacts, currencies: readonly string[]): boolean {
  if (e.prepared.isPercentage) return e.prepared.percentScaled >= x.prepared.percentScaled;
  return currencies.every((c) => {
    const exponent = currencyExponent(c);
    return fixedAmountMinor(e.prepared, c, exponent) >= fixedAmountMinor(x.prepared, c, exponent);
  });
}

const SHADOWABLE = new Set(["ProductLevelPercentage", "ProductLevelFixed", "CartLevelPercentage", "CartLevelFixed"]);

export function alwaysSavesMore(e: OfferFacts, x: OfferFacts, zone: string): boolean {
  const [eo, xo] = [e.entry.offer, x.entry.offer];
  if (e === x || !eo.exclusive || eo.source !== "automatic" || xo.source !== "automatic") return false;
  if (e.prepared.kind !== x.prepared.kind || !SHADOWABLE.has(x.prepared.kind)) return false;
  if (!covers(e.prepared.slots[0], x.prepared.slots[0])) return false;
  if (
    x.prepared.stage === 1 &&
    e.prepared.maxQuantity !== null &&
    (x.prepared.maxQuantity === null || x.prepared.maxQuantity > e.prepared.maxQuantity)
  )
    return false;
  const [we, wx] = [windowOf(e, zone), windowOf(x, zone)];
  if (eo.localizedTimezone !== xo.localizedTimezone || we.fromMs > wx.fromMs || we.toMs < wx.toMs) return false;
  if (!openAtLeast(e.prepared.stores, x.prepared.stores) || !openAtLeast(e.prepared.channels, x.prepared.channels)) return false;
  if (eo.segment && (!xo.segment || xo.segment.key !== eo.segment.key || xo.segment.value !== eo.segment.value)) return false;
  if (e.prepared.currencies) {
    if (!x.prepared.currencies) return false;
    for (const [code, condition] of x.prepared.currencies) {
      const other = e.prepared.currencies.get(code);
      if (!other) return false;
      if ((other.minimumCartValue ?? 0) > (condition.minimumCartValue ?? 0)) return false;
    }
  }
  const currencies = x.prepared.currencies ? [...x.prepared.currencies.keys()] : ["EUR", "USD", "JPY", "GBP"];
  if (!magnitudeAtLeast(e, x, currencies)) return false;
  // Between two exclusive offers a tie goes to the one created first; against non-exclusive ones the exclusive wins ties.
  if (xo.exclusive && !(e.index < x.index) && magnitudeAtLeast(x, e, currencies)) return false;
  return true;
}
