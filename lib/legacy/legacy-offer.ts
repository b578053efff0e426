// A legacy coupon as the pricing engine sees it (pure, contract §6). Each coupon is its own engine offer
// (id = the coupon's id, source "coupon"), because each has its own effective rules (§11.6) and its own
// redemption limit; they are never exclusive. The scope → kind mapping:
//
// | scope    | type       | engine kind            | why                                                        |
// | -------- | ---------- | ---------------------- | ---------------------------------------------------------- |
// | order    | percentage | CartLevelPercentage    | the order total is discounted, spread over its lines       |
// | order    | fixed      | CartLevelFixed         | one amount off the order, capped at what is left of it     |
// | item     | percentage | ProductLevelPercentage | only the listed items / categories, per line               |
// | item     | fixed      | ProductLevelFixed      | "fixed per unit" on the listed items / categories          |
// | shipping | percentage | ShippingPercentage     | shipping only, skipped above shipping_price_limit          |
// | shipping | fixed      | ShippingFixed          | likewise, capped at the shipping price                     |
// | (none)   | template amount | CartLevelFixed    | a template's deprecated amount is a fixed amount off the order |
//
// The rule checks then fall on the engine's own (§4.9): valid_from → not_yet_valid, valid_to → expired,
// restricted_to_consumer_id → consumer_not_allowed, channel_types → channel_not_allowed, the rule's
// currency → currency_not_allowed, minimum_order_amount and the minimal order total → minimum_not_reached,
// max_redemptions (the code's own limit) → redemption_limit_reached, is_enabled false → code_inactive.
// Item-scope rules come before order-scope ones by the kind order, and among one kind the higher
// `priority` first (Offer.priority).
import { toMajor, toMinor } from "@/lib/money/currency";
import type { Category, CodeState, Offer } from "@/lib/pricing";
import { combineRules } from "@/lib/legacy/combine-rules";
import type { ValidationRule } from "@/lib/legacy/schemas";

/** Valid from the beginning: a coupon without valid_from is valid as soon as it exists. */
export const ALWAYS = "1970-01-01T00:00:00Z";

export type LegacyDiscountFacts = {
  scope: string;
  type: string;
  /** Minor units of `currency` (fixed rules). */
  amount: number | null;
  percentage: number | null;
  currency: string;
  priority: number;
  minimumOrderAmount: number | null;
  shippingPriceLimit: number | null;
  items: string[];
  categories: string[];
};

export type LegacyCouponFacts = {
  id: string;
  code: string;
  active: boolean;
  redemptions: number;
  maxRedemptions: number | null;
  createdAt: string;
  template: {
    label: string;
    validationRules: ValidationRule[];
    channelTypes: string[];
    /** A template's deprecated amount, minor units. */
    amount: number | null;
    currency: string | null;
  };
  own: { validationRules: ValidationRule[]; amount: number | null; currency: string | null } | null;
  /** The discount rule in force: the coupon's own (deprecated field), else its definition's. */
  rule: LegacyDiscountFacts | null;
};

/** The engine category of a discount rule (the table above). */
export function discountRuleCategory(rule: LegacyDiscountFacts): Category | null {
  const fixed = rule.type === "fixed";
  const discount = fixed ? toMajor(rule.amount ?? 0, rule.currency) : (rule.percentage ?? 0);
  const shippingPriceLimit = rule.shippingPriceLimit === null ? undefined : toMajor(rule.shippingPriceLimit, rule.currency);
  switch (rule.scope) {
    case "order":
      return fixed ? { kind: "CartLevelFixed", discount } : { kind: "CartLevelPercentage", discount };
    case "item": {
      const products = { productIds: rule.items, categories: rule.categories };
      return fixed ? { kind: "ProductLevelFixed", discount, products } : { kind: "ProductLevelPercentage", discount, products };
    }
    case "shipping":
      return fixed
        ? { kind: "ShippingFixed", discount, ...(shippingPriceLimit === undefined ? {} : { shippingPriceLimit }) }
        : { kind: "ShippingPercentage", discount, ...(shippingPriceLimit === undefined ? {} : { shippingPriceLimit }) };
    default:
      return null;
  }
}

type Discount = { category: Category; currency: string; minimumMinor: number | null; priority: number };

function discountOf(facts: LegacyCouponFacts): Discount | null {
  if (facts.rule) {
    const category = discountRuleCategory(facts.rule);
    return category
      ? { category, currency: facts.rule.currency, minimumMinor: facts.rule.minimumOrderAmount, priority: facts.rule.priority }
      : null;
  }
  const amount = facts.own?.amount ?? facts.template.amount;
  const currency = facts.own?.currency ?? facts.template.currency;
  if (amount === null || amount === undefined || !currency) return null;
  return { category: { kind: "CartLevelFixed", discount: toMajor(amount, currency) }, currency, minimumMinor: null, priority: 0 };
}

/** The engine offer and code state of one legacy coupon; null when it has no discount to give. */
export function legacyCouponOffer(facts: LegacyCouponFacts): { offer: Offer; state: CodeState } | null {
  const discount = discountOf(facts);
  if (!discount) return null;
  const combined = combineRules(facts.template.validationRules, facts.own?.validationRules ?? []);
  // Writes refuse rules that conflict (a definition's PUT re-checks its coupons), so a conflict here means
  // the rows were changed behind the API's back: such a coupon is refused as inactive rather than guessed at.
  const rules = combined.ok ? combined.rules : {};
  const minimal = rules.minimalOrderTotal;
  const minimalMinor = minimal && minimal.currency === discount.currency ? toMinor(minimal.amount, minimal.currency) : null;
  const minimumMinor = Math.max(discount.minimumMinor ?? 0, minimalMinor ?? 0);
  const offer: Offer = {
    id: facts.id,
    source: "coupon",
    name: facts.template.label,
    category: discount.category,
    active: combined.ok,
    exclusive: false,
    localizedTimezone: false,
    validFrom: rules.validFrom ?? ALWAYS,
    validTo: rules.validTo ?? null,
    currencies: [{ code: discount.currency, ...(minimumMinor > 0 ? { minimumCartValue: toMajor(minimumMinor, discount.currency) } : {}) }],
    stores: [],
    consumers: rules.consumerId ? [rules.consumerId] : [],
    channels: facts.template.channelTypes,
    segment: null,
    createdAt: facts.createdAt,
    maxRedemptions: null,
    redemptions: 0,
    priority: discount.priority,
  };
  const state: CodeState = {
    code: facts.code,
    offerId: facts.id,
    active: facts.active,
    redemptions: facts.redemptions,
    maxRedemptions: facts.maxRedemptions,
  };
  return { offer, state };
}
