// The one-sentence summary of an offer shown under the form while it is edited and on the detail page:
// "10% off the cart for orders of at least 50.00 EUR, in 3 stores, from 1 Dec 2026, 09:00 store time".
// Pure and tolerant of half-filled forms: whatever is missing is left out of the sentence.
import { formatWithCode, toMinor } from "@/lib/money/currency";
import type { Kind } from "@/lib/offers/category-schema";
import { formatOfferDate, parseOfferDate } from "@/lib/offers/dates";

type Filter = { productIds?: string[]; categories?: string[]; attributes?: { key: string; values: string[] }[] } | undefined;
type DraftCategory = {
  kind?: Kind;
  discount?: number;
  products?: Filter;
  maxQuantity?: number;
  maxApplications?: number;
  buy?: { quantity?: number; products?: Filter };
  get?: { quantity?: number; products?: Filter };
  items?: { quantity?: number; products?: Filter }[];
  shippingOptions?: string[];
};
export type OfferDraft = {
  active?: boolean;
  category?: DraftCategory;
  currencies?: { code?: string; minimumCartValue?: number; amount?: number }[];
  stores?: string[];
  localizedTimezone?: boolean;
  validFrom?: string;
  validTo?: string | null;
};

const isNumber = (n: unknown): n is number => typeof n === "number" && Number.isFinite(n);

export function formatMoney(amount: number, code: string): string {
  return formatWithCode(toMinor(amount, code), code);
}

function list(items: string[], max = 3): string {
  if (items.length <= max) return items.join(", ");
  return `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
}

export function describeFilter(filter: Filter): string {
  if (!filter) return "any product";
  const parts: string[] = [];
  const ids = filter.productIds?.filter(Boolean) ?? [];
  const categories = filter.categories?.filter(Boolean) ?? [];
  const attributes = filter.attributes?.filter((a) => a.key) ?? [];
  if (ids.length) parts.push(`${ids.length === 1 ? "product" : "products"} ${list(ids)}`);
  if (categories.length) parts.push(`${categories.length === 1 ? "category" : "categories"} ${list(categories)}`);
  for (const attribute of attributes) parts.push(`${attribute.key} ${attribute.values.join("/")}`);
  return parts.length ? parts.join(" or ") : "no products yet";
}

function amountText(category: DraftCategory, currencies: OfferDraft["currencies"]): string {
  const codes = (currencies ?? []).filter((c) => c.code);
  if (!isNumber(category.discount)) return "an amount";
  if (codes.length === 0) return String(category.discount);
  return codes.map((c) => formatMoney(isNumber(c.amount) ? c.amount : category.discount!, c.code!)).join(" / ");
}

function benefit(category: DraftCategory, currencies: OfferDraft["currencies"]): string {
  const pct = isNumber(category.discount) ? `${category.discount}%` : "a percentage";
  const amount = amountText(category, currencies);
  switch (category.kind) {
    case "CartLevelPercentage":
      return `${pct} off the cart${category.products ? ` (on ${describeFilter(category.products)})` : ""}`;
    case "CartLevelFixed":
      return `${amount} off the cart${category.products ? ` (on ${describeFilter(category.products)})` : ""}`;
    case "ProductLevelPercentage":
      return `${pct} off ${describeFilter(category.products)}${isNumber(category.maxQuantity) ? `, up to ${category.maxQuantity} per line` : ""}`;
    case "ProductLevelFixed":
      return `${amount} off each unit of ${describeFilter(category.products)}${isNumber(category.maxQuantity) ? `, up to ${category.maxQuantity} per line` : ""}`;
    case "BogoPercentage":
    case "BogoFixed": {
      const off = category.kind === "BogoPercentage" ? (category.discount === 100 ? "free" : `at ${pct} off`) : `at ${amount} off each`;
      const times = isNumber(category.maxApplications) ? ` (at most ${category.maxApplications}× per cart)` : "";
      return `buy ${category.buy?.quantity ?? "?"} of ${describeFilter(category.buy?.products)}, get ${category.get?.quantity ?? "?"} of ${describeFilter(category.get?.products)} ${off}${times}`;
    }
    case "BundlePercentage":
    case "BundleFixed": {
      const items =
        (category.items ?? []).map((item) => `${item.quantity ?? "?"} × ${describeFilter(item.products)}`).join(" + ") || "no items yet";
      return `${category.kind === "BundlePercentage" ? pct : amount} off the bundle ${items}`;
    }
    case "FreeShipping":
      return `free shipping${category.shippingOptions?.length ? ` with ${list(category.shippingOptions)}` : ""}`;
    default:
      return "choose a kind";
  }
}

/** The discount alone in words ("10% off the cart"), for the locked discount of a saved offer. */
export function describeCategory(category: DraftCategory, currencies: OfferDraft["currencies"]): string {
  const text = benefit(category, currencies);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function when(value: string, localized: boolean, zone: string): string | null {
  if (!parseOfferDate(value)) return null;
  // A localized date is a wall time in every store; an absolute one is shown in the tenant's zone.
  return formatOfferDate(localized ? value.slice(0, 19) : value, zone);
}

/** `zone` is the one the console shows absolute times in (the tenant's). */
export function describeOffer(draft: OfferDraft, { zone = "UTC" }: { zone?: string } = {}): string {
  const category = draft.category ?? {};
  const parts = [benefit(category, draft.currencies)];
  const minimums = (draft.currencies ?? []).filter((c) => c.code && isNumber(c.minimumCartValue) && c.minimumCartValue > 0);
  if (minimums.length) parts[0] += ` for orders of at least ${minimums.map((c) => formatMoney(c.minimumCartValue!, c.code!)).join(" or ")}`;
  const stores = draft.stores?.length ?? 0;
  parts.push(stores === 0 ? "in all stores" : `in ${stores} ${stores === 1 ? "store" : "stores"}`);
  const localized = draft.localizedTimezone ?? false;
  const from = draft.validFrom ? when(draft.validFrom, localized, zone) : null;
  const to = draft.validTo ? when(draft.validTo, localized, zone) : null;
  if (from) parts.push(`from ${from}`);
  if (to) parts.push(`until ${to}`);
  const sentence = parts.join(", ");
  const capitalized = sentence.charAt(0).toUpperCase() + sentence.slice(1);
  return draft.active === false ? `Disabled: it never applies until you enable it. When enabled: ${capitalized}` : capitalized;
}
