// A quick test that a parsed JSON line is a §4 cart request zod would accept unchanged: plain fields of
// the right types, within CartRequestSchema's limits, ids already trimmed and NFC-normalised. The batch
// parser takes such carts as they are and sends every other line through CartRequestSchema, which gives
// the exact errors. Why: measured on bench:batch's 5-line carts, CartRequestSchema.safeParse cost ~65 µs
// of CPU per cart (3.3 s for 50,000, more than pricing them twice); this check costs a few µs. It only
// ever answers "plain" for input the schema accepts as is, so the two paths cannot disagree on a cart.
import { MAX_CART_LINES, MAX_COUPON_CODES, MAX_QUANTITY, MAX_UNIT_PRICE } from "@/lib/carts/schemas";
import { fitsMinorUnit } from "@/lib/money/currency";
import { isKnownCurrency } from "@/lib/pricing";
import { textProblem } from "@/lib/validation/text";

const CART_KEYS = new Set([
  "customerId",
  "customerSegments",
  "channelType",
  "currency",
  "couponCodes",
  "storeId",
  "shopId",
  "locale",
  "at",
  "items",
  "shipping",
]);
const ITEM_KEYS = new Set(["id", "productId", "quantity", "price", "categories", "attributes"]);
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function isId(value: unknown, max: number): boolean {
  return (
    typeof value === "string" &&
    value.length >= 1 &&
    value.length <= max &&
    value.trim() === value &&
    textProblem(value) === undefined &&
    value.normalize("NFC") === value
  );
}

function isIdList(value: unknown, maxItems: number, maxLength: number): boolean {
  if (!Array.isArray(value) || value.length > maxItems) return false;
  for (const entry of value) if (!isId(entry, maxLength)) return false;
  return true;
}

function isPrice(value: unknown, currency: string): boolean {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= MAX_UNIT_PRICE && fitsMinorUnit(value, currency);
}

function isItem(value: unknown, currency: string): boolean {
  if (!value || typeof value !== "object" || Array.isArray(value)) return false;
  const item = value as Record<string, unknown>;
  for (const key in item) if (!ITEM_KEYS.has(key)) return false;
  if (item.id !== undefined && !isId(item.id, 100)) return false;
  if (!isId(item.productId, 100)) return false;
  const q = item.quantity;
  if (typeof q !== "number" || !Number.isInteger(q) || q < 1 || q > MAX_QUANTITY) return false;
  if (!isPrice(item.price, currency)) return false;
  if (item.categories !== undefined && !isIdList(item.categories, 50, 100)) return false;
  if (item.attributes !== undefined) {
    const attributes = item.attributes;
    if (!attributes || typeof attributes !== "object" || Array.isArray(attributes)) return false;
    for (const [name, text] of Object.entries(attributes)) {
      if (name.length > 100 || textProblem(name) !== undefined) return false;
      if (typeof text !== "string" || text.length > 200 || textProblem(text) !== undefined) return false;
    }
  }
  return true;
}

/** True when `value` is a cart request CartRequestSchema accepts without changing anything; false: ask the schema. */
export function isPlainCartRequest(value: Record<string, unknown>): boolean {
  for (const key in value) if (!CART_KEYS.has(key)) return false;
  const currency = value.currency;
  if (typeof currency !== "string" || !isKnownCurrency(currency)) return false;
  // Segments are rare in files: the schema decides.
  if (value.customerSegments !== undefined) return false;
  if (value.shipping !== undefined) {
    const shipping = value.shipping;
    if (!shipping || typeof shipping !== "object" || Array.isArray(shipping)) return false;
    for (const key in shipping) if (key !== "method" && key !== "price") return false;
    const { method, price } = shipping as Record<string, unknown>;
    if (method !== undefined && !isId(method, 100)) return false;
    if (!isPrice(price, currency)) return false;
  }
  if (value.customerId !== undefined && !isId(value.customerId, 100)) return false;
  if (value.channelType !== undefined && !isId(value.channelType, 30)) return false;
  if (value.storeId !== undefined && !isId(value.storeId, 64)) return false;
  if (value.shopId !== undefined && !isId(value.shopId, 100)) return false;
  if (value.locale !== undefined && !isId(value.locale, 35)) return false;
  if (value.at !== undefined && (typeof value.at !== "string" || !INSTANT.test(value.at) || Number.isNaN(Date.parse(value.at))))
    return false;
  if (value.couponCodes !== undefined) {
    const codes = value.couponCodes;
    if (!Array.isArray(codes) || codes.length > MAX_COUPON_CODES) return false;
    for (const code of codes)
      if (typeof code !== "string" || code.length < 1 || code.length > 64 || textProblem(code) !== undefined) return false;
  }
  const items = value.items;
  if (!Array.isArray(items) || items.length > MAX_CART_LINES) return false;
  for (const item of items) if (!isItem(item, currency)) return false;
  return true;
}
