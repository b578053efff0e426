// Output schemas of the catalog (stores, store groups, products, customers): what the view mappers
// return (their types are z.output of these), what OpenAPI documents, and what PUT bodies may echo.
import { z } from "zod";
import { CustomerUpdate, ProductUpdate, StoreGroupUpdate, StoreUpdate } from "@/lib/catalog/schemas";
import { acceptingReadOnlyFields } from "@/lib/http/read-only-fields";

/** `version` is what a PUT sends back (a stale one is a 409); the times are read-only. */
const stamps = {
  version: z.string().describe("Send it back with a PUT; it changes on every write"),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const StoreView = z.object({
  id: z.string(),
  name: z.string(),
  timeZone: z.string().nullable(),
  storeGroupId: z.string().nullable(),
  ...stamps,
});
export type StoreView = z.output<typeof StoreView>;

export const StoreGroupView = z.object({ id: z.string(), name: z.string(), storeCount: z.number().int(), ...stamps });
export type StoreGroupView = z.output<typeof StoreGroupView>;

export const ProductView = z.object({
  id: z.string(),
  name: z.string(),
  prices: z.array(z.object({ currency: z.string(), amount: z.number().describe("Major units") })),
  categories: z.array(z.string()),
  attributes: z.record(z.string(), z.string()),
  ...stamps,
});
export type ProductView = z.output<typeof ProductView>;

export const CustomerView = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  segments: z.array(z.object({ key: z.string(), value: z.string() })),
  rewardPoints: z.number().int(),
  lifetimePurchaseTotal: z.number().describe("Major units of `currency`"),
  currency: z.string(),
  ...stamps,
});
export type CustomerView = z.output<typeof CustomerView>;

export const ProductsImportView = z.object({
  totalRows: z.number().int(),
  importedCount: z.number().int(),
  rejectedCount: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), id: z.string().nullable(), field: z.string(), message: z.string() })),
});
export type ProductsImportView = z.output<typeof ProductsImportView>;

// ---- PUT bodies (contract §1.4): the update schema plus the answer's read-only fields, ignored ----

export const StorePut = acceptingReadOnlyFields(StoreUpdate, StoreView);
export const StoreGroupPut = acceptingReadOnlyFields(StoreGroupUpdate, StoreGroupView);
export const ProductPut = acceptingReadOnlyFields(ProductUpdate, ProductView);
export const CustomerPut = acceptingReadOnlyFields(CustomerUpdate, CustomerView);
