// Zod contracts of the reference data (stores, store groups, products, customers): one schema per
// resource, shared by the console forms, server actions and the REST API.
import { z } from "zod";
import { PageQuery } from "@/lib/http/pagination";

/** Ids are chosen by the retailer (SKU, store number), so they must survive URLs and CSV files unchanged. */
export const ExternalId = z
  .string()
  .trim()
  .min(1, "Id is required")
  .max(64, "Id must be at most 64 characters")
  .regex(/^[A-Za-z0-9._:-]+$/, "Id may contain only letters, digits, dot, underscore, colon and hyphen");

export const TimeZone = z
  .string()
  .trim()
  .refine((zone) => isValidTimeZone(zone), { message: "Time zone must be an IANA name such as Europe/Berlin" });

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

const Name = z.string().trim().min(1, "Name is required").max(120, "Name must be at most 120 characters");

export const StoreInput = z.strictObject({
  id: ExternalId,
  name: Name,
  timeZone: TimeZone.nullable().optional(),
  storeGroupId: ExternalId.nullable().optional(),
});
export type StoreInput = z.infer<typeof StoreInput>;
export const StoreUpdate = StoreInput.omit({ id: true });
export type StoreUpdate = z.infer<typeof StoreUpdate>;

export const StoreGroupInput = z.strictObject({ id: ExternalId, name: Name });
export type StoreGroupInput = z.infer<typeof StoreGroupInput>;

export const CatalogListQuery = PageQuery.extend({
  q: z.string().trim().max(100, "q must be at most 100 characters").optional(),
  sort: z.string().max(40).optional(),
});
export type CatalogListQuery = z.infer<typeof CatalogListQuery>;

/** Maps `sort=name` / `sort=-name` onto a Prisma orderBy, allowing only the listed fields. */
export function orderByFrom<F extends string>(sort: string | undefined, allowed: readonly F[], fallback: F): Record<string, "asc" | "desc">[] {
  const desc = sort?.startsWith("-") ?? false;
  const field = (sort?.replace(/^-/, "") ?? fallback) as F;
  const chosen = allowed.includes(field) ? field : fallback;
  return [{ [chosen]: desc ? "desc" : "asc" }, ...(chosen === "id" ? [] : [{ id: "asc" as const }])];
}
