// The product as the API and console show it: prices in major units, JSON columns read defensively
// (rows written by older code or by hand must not break a list).
import type { ProductInput } from "@/lib/catalog/schemas";
import type { ProductView } from "@/lib/catalog/view-schemas";
import { toMajor, toMinor } from "@/lib/money/currency";

export type { ProductView };
export type StoredPrice = { currency: string; amount: number }; // amount in minor units

type ProductRow = {
  id: string;
  name: string;
  prices: unknown;
  categories: unknown;
  attributes: unknown;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

export function readStoredPrices(value: unknown): StoredPrice[] {
  if (!Array.isArray(value)) return [];
  return value.filter((p): p is StoredPrice => typeof p?.currency === "string" && Number.isSafeInteger(p?.amount));
}

export function readStringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

export function readStringRecord(value: unknown): Record<string, string> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

export function toProductView(row: ProductRow): ProductView {
  return {
    id: row.id,
    name: row.name,
    prices: readStoredPrices(row.prices).map((p) => ({ currency: p.currency, amount: toMajor(p.amount, p.currency) })),
    categories: readStringList(row.categories),
    attributes: readStringRecord(row.attributes),
    version: String(row.version),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * The fields an audit diff compares, in API units. Attribute keys are sorted: PostgreSQL's jsonb
 * reorders object keys, and a different order must not look like a change.
 */
export function productFacts(p: {
  name: string;
  prices: { currency: string; amount: number }[];
  categories: string[];
  attributes: Record<string, string>;
}) {
  const attributes = Object.fromEntries(Object.entries(p.attributes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { name: p.name, prices: p.prices.map((x) => ({ currency: x.currency, amount: x.amount })), categories: p.categories, attributes };
}

/** The columns a validated product is stored as: prices in minor units. */
export function toProductColumns(input: Omit<ProductInput, "id">): {
  name: string;
  prices: StoredPrice[];
  categories: string[];
  attributes: Record<string, string>;
} {
  return {
    name: input.name,
    prices: input.prices.map((p) => ({ currency: p.currency, amount: toMinor(p.amount, p.currency) })),
    categories: input.categories,
    attributes: input.attributes,
  };
}
