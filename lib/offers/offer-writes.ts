// Pieces every offer write shares: the row data derived from the input, the search index
// (OfferTarget), the tenant's offersRevision bump, and the checks that need the database.
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/sqlite/client";
import { AppError } from "@/lib/errors";
import { BUNDLE_KINDS, categoryFilters, type Category } from "@/lib/offers/category-schema";
import { offerDateInstant } from "@/lib/offers/dates";
import type { Family } from "@/lib/offers/family";
import { storedLimits } from "@/lib/limits/form-values";
import type { OfferInput } from "@/lib/offers/schemas";

/** OfferTarget value meaning "every store": an offer with no stores listed runs everywhere. */
export const ANY_STORE = "*";

export type TenantContext = { id: string; slug: string; timeZone: string };

export async function loadTenant(tx: Pick<Tx, "tenant">, tenantId: string): Promise<TenantContext> {
  const tenant = await tx.tenant.findUnique({ where: { id: tenantId }, select: { id: true, slug: true, timeZone: true } });
  if (!tenant) throw AppError.notFound("Tenant");
  return tenant;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** Column values of an offer, shared by create, update and duplicate. */
export function offerData(family: Family, input: OfferInput, timeZone: string) {
  if (family === "coupon" && BUNDLE_KINDS.includes(input.category.kind)) {
    throw AppError.field("category.kind", "Bundle kinds are for automatic promotions only", "invalid_value");
  }
  const coupon = family === "coupon";
  // maxRedemptions (contract §2) and limits.redemptions are one limit: either fills the other. The
  // lifetime count stays enforced on the coupon's own counter (Offer.redemptions); a windowed one by OfferUsage.
  const limits =
    coupon && input.maxRedemptions != null && input.limits?.redemptions === undefined
      ? { ...input.limits, redemptions: input.maxRedemptions }
      : (input.limits ?? null);
  const maxRedemptions = coupon && !limits?.window ? (limits?.redemptions ?? null) : null;
  return {
    family,
    name: input.name,
    description: input.description ?? "",
    active: input.active ?? false,
    localizedTimezone: input.localizedTimezone ?? false,
    validFrom: input.validFrom,
    validTo: input.validTo ?? null,
    // Localized dates are read in the tenant's zone for status filtering; the pricing engine uses each store's zone.
    startsAt: offerDateInstant(input.validFrom, timeZone),
    endsAt: input.validTo ? offerDateInstant(input.validTo, timeZone) : null,
    kind: input.category.kind,
    category: input.category as object,
    currencies: input.currencies as object[],
    stores: unique(input.stores ?? []),
    channels: unique(input.channels ?? []),
    exclusive: input.exclusive ?? false,
    // DbNull, not undefined: a PUT without a segment must clear the stored one.
    segment: input.segment ? (input.segment as object) : Prisma.DbNull,
    singleUse: coupon ? (input.singleUse ?? false) : false,
    consumers: coupon ? unique(input.consumers ?? []) : [],
    maxRedemptions,
    limits: storedLimits(limits) ?? Prisma.DbNull,
  };
}

export function newVersion(): string {
  return randomUUID();
}

/** Rewrites the rows that let "every offer naming product X / store Y" searches use an index. */
export async function syncTargets(tx: Tx, tenantId: string, offerId: string, category: Category, stores: readonly string[]): Promise<void> {
  await tx.offerTarget.deleteMany({ where: { offerId } });
  const rows = new Map<string, { tenantId: string; offerId: string; type: string; value: string }>();
  const add = (type: string, value: string) => rows.set(`${type}\u0000${value}`, { tenantId, offerId, type, value });
  for (const filter of categoryFilters(category)) {
    filter.productIds?.forEach((id) => add("product", id));
    filter.categories?.forEach((name) => add("category", name));
  }
  if (stores.length === 0) add("store", ANY_STORE);
  else stores.forEach((id) => add("store", id));
  await tx.offerTarget.createMany({ data: [...rows.values()] });
}

/** Other app instances compare this counter to know their offer cache is stale: same transaction as the change. */
export async function bumpOffersRevision(tx: Tx, tenantId: string): Promise<void> {
  await tx.tenant.update({ where: { id: tenantId }, data: { offersRevision: { increment: 1 } } });
}

/** Store ids must name stores of this tenant, so a typo cannot silently make an offer unusable. */
export async function assertStoresExist(tx: Tx, tenantId: string, stores: readonly string[]): Promise<void> {
  if (stores.length === 0) return;
  const found = await tx.store.findMany({ where: { tenantId, id: { in: [...stores] } }, select: { id: true } });
  const known = new Set(found.map((s) => s.id));
  const causes = stores
    .map((id, index) => ({ id, index }))
    .filter(({ id }) => !known.has(id))
    .map(({ id, index }) => ({ field: `stores[${index}]`, message: `Store ${id} does not exist`, code: "not_found" }));
  if (causes.length > 0) throw AppError.validation(causes, "Some stores do not exist");
}

/** JSON with sorted keys, so two categories that differ only in key order compare equal. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
