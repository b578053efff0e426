// Dead offers: switched on, yet no cart ever gets them. Each finding carries the cart that shows why,
// checked by pricing it: the engine must give the offer exactly the reason the finding names.
import { MAX_CART_LINES, MAX_QUANTITY } from "@/lib/carts/schemas";
import { buildCounterExample, type CartPlan } from "@/lib/conflicts/counter-example";
import { quoted } from "@/lib/conflicts/describe";
import { windowOf, type OfferFacts } from "@/lib/conflicts/offer-facts";
import { alwaysSavesMore } from "@/lib/conflicts/shadowing";
import type { DeadReason, Finding } from "@/lib/conflicts/types";
import { usedUpLimit, type UsedUpLimit } from "@/lib/conflicts/used-up-limit";
import { inPlay, priceIn, traceOf, type World } from "@/lib/conflicts/world";
import { currencyExponent, formatMinorUnits, toMinorUnits, type CartRequest, type RejectReason } from "@/lib/pricing";

type Candidate = { reason: DeadReason; plan: CartPlan; expect: RejectReason | "absent"; message: string; by?: OfferFacts };

export function findDeadOffers(world: World): Finding[] {
  const findings: Finding[] = [];
  const exclusives = world.facts.filter((f) => f.entry.offer.exclusive && inPlay(world, f));
  for (const f of world.facts) {
    if (!f.entry.offer.active) continue;
    for (const candidate of candidatesFor(world, f, exclusives)) {
      const cart = buildCounterExample(world, candidate.plan);
      if (!cart || !reproduces(world, f, cart, candidate)) continue;
      const offerIds = [f.entry.offer.id, ...(candidate.by ? [candidate.by.entry.offer.id] : [])];
      findings.push({
        id: `dead_offer:${candidate.reason}:${offerIds.join(":")}`,
        kind: "dead_offer",
        reason: candidate.reason,
        offerIds,
        winnerId: candidate.by ? candidate.by.entry.offer.id : null,
        sharePercent: null,
        message: candidate.message,
        cart,
      });
      break; // one reason per offer: the first that holds, in the order of the checks
    }
  }
  return findings;
}

function reproduces(world: World, f: OfferFacts, cart: CartRequest, candidate: Candidate): boolean {
  const result = priceIn(world, cart);
  const entry = traceOf(result, f);
  if (candidate.expect === "absent") return entry === undefined;
  if (entry?.status !== "rejected" || entry.reason !== candidate.expect) return false;
  return !candidate.by || traceOf(result, candidate.by)?.status === "applied";
}

function* candidatesFor(world: World, f: OfferFacts, exclusives: readonly OfferFacts[]): Generator<Candidate> {
  const offer = f.entry.offer;
  const name = quoted(f);
  const zones = [world.input.tenantTimeZone, ...Object.values(world.storeZones).filter((z): z is string => !!z)];
  if (zones.every((zone) => windowOf(f, zone).toMs < world.nowMs)) {
    yield {
      reason: "expired",
      plan: { offers: [f], atMs: world.nowMs },
      expect: "expired",
      message: `${name} is switched on but ended on ${offer.validTo}: no cart gets it any more.`,
    };
    return;
  }
  if (offer.source === "coupon" && (f.entry.codes?.activeCount ?? 0) === 0) {
    const inactive = f.entry.codes?.inactive;
    yield {
      reason: "no_active_codes",
      plan: { offers: [f], codeFor: () => inactive ?? null },
      expect: inactive ? "code_inactive" : "absent",
      message: inactive
        ? `${name} has no active code: every code is switched off, so no customer can use it.`
        : `${name} has no codes at all, so no customer can use it.`,
    };
    return;
  }
  const usedUp = usedUpLimit(f.entry);
  if (usedUp) {
    yield {
      reason: "limit_used_up",
      plan: { offers: [f], ...(usedUp.what === "budget" ? { currency: usedUp.currency } : {}) },
      expect: usedUp.what === "budget" ? "budget_exhausted" : "redemption_limit_reached",
      message: usedUpMessage(name, usedUp, f.entry.offer.limits?.window, f.entry.usage?.windowKey ?? ""),
    };
    return;
  }
  if (offer.source === "coupon" && !f.entry.codes?.usable) return;
  const slot = f.slotProductsAll.findIndex((all, s) => all.length > 0 && f.slotProducts[s].length === 0);
  if (slot >= 0) {
    yield {
      reason: "all_products_excluded",
      plan: { offers: [f], allowExcluded: true, pivot: f.slotProductsAll[slot][0] },
      // Excluded lines are invisible to offers: an automatic promotion is then not even a candidate.
      expect: offer.source === "coupon" ? "no_eligible_items" : "absent",
      message: `Every catalog product ${name} targets (${f.slotProductsAll[slot].length}) is on the exclusion list, so it never discounts anything.`,
    };
  }
  const minimum = unreachableMinimum(world, f);
  if (minimum) yield minimum;
  for (const e of exclusives) {
    if (!alwaysSavesMore(e, f, world.input.tenantTimeZone)) continue;
    yield {
      reason: "shadowed",
      plan: { offers: [f, e], pivot: f.targets[0] },
      expect: "excluded_by_exclusive",
      by: e,
      message: `${quoted(e)} is exclusive, applies wherever ${name} does and always saves at least as much, so ${name} is always excluded (unless other non-exclusive promotions together save more).`,
    };
    break;
  }
}

/** A minimum above what the dearest of the offer's products reaches at the most units a cart may hold. */
function unreachableMinimum(world: World, f: OfferFacts): Candidate | null {
  if (!f.prepared.currencies) return null;
  const products = f.wholeCart ? world.catalog.products.map((_, i) => i) : [...new Set(f.slotProductsAll.flat())];
  for (const [currency, condition] of f.prepared.currencies) {
    const minimum = condition.minimumCartValue;
    if (typeof minimum !== "number" || !(minimum > 0)) continue;
    let dearest = -1;
    for (const i of products) {
      const price = world.catalog.products[i].prices[currency];
      if (typeof price === "number" && (dearest < 0 || price > world.catalog.products[dearest].prices[currency])) dearest = i;
    }
    if (dearest < 0) continue;
    const exponent = currencyExponent(currency);
    const price = world.catalog.products[dearest].prices[currency];
    const minimumMinor = toMinorUnits(minimum, exponent);
    // Floating point is fine here: only the order of two magnitudes matters, and the best cart is far from the bound.
    if (price * MAX_QUANTITY * MAX_CART_LINES >= minimumMinor) continue;
    return {
      reason: "minimum_unreachable",
      plan: { offers: [f], currency, lines: new Map([[dearest, MAX_QUANTITY]]) },
      expect: "minimum_not_reached",
      message: `${quoted(f)} needs a cart of ${formatMinorUnits(minimumMinor, exponent)} ${currency}, but its dearest product costs ${formatMinorUnits(price, exponent)}: even ${MAX_CART_LINES} lines of ${MAX_QUANTITY} units stay below it.`,
    };
  }
  return null;
}

function usedUpMessage(name: string, usedUp: UsedUpLimit, window: "day" | "week" | "month" | undefined, windowKey: string): string {
  const what =
    usedUp.what === "redemptions"
      ? `has been redeemed ${usedUp.used} times of its limit of ${usedUp.limit}`
      : `has given ${formatMinorUnits(usedUp.spentMinor, currencyExponent(usedUp.currency))} ${usedUp.currency} of its budget of ${formatMinorUnits(usedUp.limitMinor, currencyExponent(usedUp.currency))} ${usedUp.currency}${usedUp.currencies > 1 ? ", and its budget in every other currency it accepts is used up too" : ""}`;
  if (!window) return `${name} ${what}: it applies to no further cart.`;
  const period = window === "day" ? "day" : window === "week" ? "week (from Monday)" : "month";
  return `${name} ${what} in the current ${period} (which started on ${windowKey}): no cart gets it until the next ${window} starts, when the limit restarts.`;
}
