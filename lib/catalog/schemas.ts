// Zod contracts of the reference data (stores, store groups, products, customers): one schema per
// resource, shared by the console forms, server actions and the REST API.
import { z } from "zod";
import { PageQuery } from "@/lib/http/pagination";
import { CURRENCY_CODE, currencyExponent, fitsMinorUnit, MAIN_CURRENCY } from "@/lib/money/currency";
import { identifier, text } from "@/lib/validation/text";

/** Ids are chosen by the retailer (SKU, store number), so they must survive URLs and CSV files unchanged. */
export const ExternalId = identifier("Id")
  .min(1, "Id is required")
  .max(64, "Id must be at most 64 characters")
  .regex(/^[A-Za-z0-9._:-]+$/, "Id may contain only letters, digits, dot, underscore, colon and hyphen");

export const TimeZone = identifier("Time zone").refine((zone) => isValidTimeZone(zone), {
  message: "Time zone must be an IANA name such as Europe/Berlin",
});

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

const Name = text("Name").trim().min(1, "Name is required").max(120, "Name must be at most 120 characters");

export const StoreInput = z.strictObject({
  id: ExternalId,
  name: Name,
  timeZone: TimeZone.nullable().optional(),
  storeGroupId: ExternalId.nullable().optional(),
});
export type StoreInput = z.infer<typeof StoreInput>;
/** The version read last (GET answers it); a stale one is a 409 `version_mismatch`. */
const Version = text("version", { error: "version is required: send the version you read last" })
  .trim()
  .min(1, "version is required: send the version you read last")
  .max(20, "version must be at most 20 characters");
const versioned = { version: Version };

export const StoreUpdate = StoreInput.omit({ id: true }).extend(versioned);
export type StoreUpdate = z.infer<typeof StoreUpdate>;

export const StoreGroupInput = z.strictObject({ id: ExternalId, name: Name });
export type StoreGroupInput = z.infer<typeof StoreGroupInput>;
export const StoreGroupUpdate = StoreGroupInput.omit({ id: true }).extend(versioned);
export type StoreGroupUpdate = z.infer<typeof StoreGroupUpdate>;

// ---- money ----

export const CurrencyCode = text("Currency").regex(
  CURRENCY_CODE,
  "Currency must be an ISO 4217 code of three capital letters, such as EUR",
);

/** Largest major amount we accept: far above any price, and its minor units stay a safe integer. */
export const MAX_AMOUNT = 1_000_000_000;

/** A non-negative amount in major units with no more decimals than `currency` has. */
export function amountIssue(amount: number, currency: string): string | undefined {
  if (!Number.isFinite(amount)) return "Amount must be a number";
  return fitsMinorUnit(amount, currency) ? undefined : decimalsMessage(currency);
}

/** "EUR amounts may have at most 2 decimals", "JPY amounts must be whole numbers". */
export function decimalsMessage(currency: string): string {
  const exponent = currencyExponent(currency);
  return exponent === 0
    ? `${currency} amounts must be whole numbers`
    : `${currency} amounts may have at most ${exponent} decimal${exponent === 1 ? "" : "s"}`;
}

const Amount = z
  .number({ error: "Amount must be a number" })
  .min(0, "Amount must be 0 or more")
  .max(MAX_AMOUNT, `Amount must be at most ${MAX_AMOUNT}`);

export const PriceInput = z.strictObject({ currency: CurrencyCode, amount: Amount }).superRefine((price, ctx) => {
  const issue = CURRENCY_CODE.test(price.currency) ? amountIssue(price.amount, price.currency) : undefined;
  if (issue) ctx.addIssue({ code: "custom", path: ["amount"], message: issue });
});
export type PriceInput = z.infer<typeof PriceInput>;

// ---- products ----

/** Categories and attributes travel through CSV as `a|b` and `key=value|key=value`, so those characters are reserved. */
export const Category = identifier("Category")
  .min(1, "Category must not be empty")
  .max(64, "Category must be at most 64 characters")
  .regex(/^[^|]*$/, "Category must not contain |");
const AttributeKey = identifier("Attribute name")
  .min(1, "Attribute name must not be empty")
  .max(64, "Attribute name must be at most 64 characters")
  .regex(/^[^|=]*$/, "Attribute name must not contain | or =");
const AttributeValue = text("Attribute value")
  .trim()
  .max(256, "Attribute value must be at most 256 characters")
  .regex(/^[^|]*$/, "Attribute value must not contain |");

const ProductFields = z.strictObject({
  id: ExternalId,
  name: Name,
  prices: z
    .array(PriceInput)
    .max(50, "At most 50 prices")
    .default([])
    .refine((prices) => new Set(prices.map((p) => p.currency)).size === prices.length, {
      message: "Each currency may have only one price",
    }),
  categories: z
    .array(Category)
    .max(50, "At most 50 categories")
    .default([])
    .refine((list) => new Set(list).size === list.length, { message: "Categories must not repeat" }),
  attributes: z
    .record(AttributeKey, AttributeValue)
    .default({})
    .refine((record) => Object.keys(record).length <= 50, { message: "At most 50 attributes" }),
});
export const ProductInput = ProductFields;
export type ProductInput = z.infer<typeof ProductInput>;
export const ProductUpdate = ProductFields.omit({ id: true }).extend(versioned);
export type ProductUpdate = z.infer<typeof ProductUpdate>;

// ---- customers ----

export const SegmentInput = z.strictObject({
  key: identifier("Segment key").min(1, "Segment key is required").max(64, "Segment key must be at most 64 characters"),
  value: text("Segment value").trim().min(1, "Segment value is required").max(128, "Segment value must be at most 128 characters"),
});
export type SegmentInput = z.infer<typeof SegmentInput>;

const CustomerFields = z.strictObject({
  id: ExternalId,
  name: Name,
  email: identifier("Email")
    .toLowerCase()
    .email("Enter a valid email address")
    .max(254, "Email must be at most 254 characters")
    .nullable()
    .optional(),
  segments: z.array(SegmentInput).max(50, "At most 50 segments").default([]),
  rewardPoints: z
    .number({ error: "Reward points must be a number" })
    .int("Reward points must be a whole number")
    .min(0, "Reward points must be 0 or more")
    .max(2_000_000_000, "Reward points must be at most 2000000000")
    .default(0),
  /** Major units of the tenant's main currency. */
  lifetimePurchaseTotal: z
    .number({ error: "Lifetime purchase total must be a number" })
    .min(0, "Lifetime purchase total must be 0 or more")
    // Its minor units must fit PostgreSQL's 32-bit INTEGER column.
    .max(20_000_000, "Lifetime purchase total must be at most 20000000")
    .refine((amount) => amountIssue(amount, MAIN_CURRENCY) === undefined, { message: decimalsMessage(MAIN_CURRENCY) })
    .default(0),
});
export const CustomerInput = CustomerFields;
export type CustomerInput = z.infer<typeof CustomerInput>;
export const CustomerUpdate = CustomerFields.omit({ id: true }).extend(versioned);
export type CustomerUpdate = z.infer<typeof CustomerUpdate>;

export const CatalogListQuery = PageQuery.extend({
  q: text("q").trim().max(100, "q must be at most 100 characters").optional(),
  sort: text("sort").max(40).optional(),
});
export type CatalogListQuery = z.infer<typeof CatalogListQuery>;

export const StoreListQuery = CatalogListQuery.extend({ storeGroupId: ExternalId.optional() });
export type StoreListQuery = z.infer<typeof StoreListQuery>;

export const ProductListQuery = CatalogListQuery.extend({
  category: identifier("category").max(64, "category must be at most 64 characters").optional(),
});
export type ProductListQuery = z.infer<typeof ProductListQuery>;

/** Maps `sort=name` / `sort=-name` onto a Prisma orderBy, allowing only the listed fields. */
export function orderByFrom<F extends string>(
  sort: string | undefined,
  allowed: readonly F[],
  fallback: F,
): Record<string, "asc" | "desc">[] {
  const desc = sort?.startsWith("-") ?? false;
  const field = (sort?.replace(/^-/, "") ?? fallback) as F;
  const chosen = allowed.includes(field) ? field : fallback;
  return [{ [chosen]: desc ? "desc" : "asc" }, ...(chosen === "id" ? [] : [{ id: "asc" as const }])];
}
