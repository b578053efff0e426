// Writes offers and codes straight to the database for tests that exercise pricing and redemption,
// bumping the tenant's offers revision exactly as the offer services do.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Limits } from "@/lib/limits/schemas";
import type { Category, CurrencyCondition } from "@/lib/pricing";

export type OfferSpec = {
  family?: "coupon" | "promotion";
  name?: string;
  category: Category;
  active?: boolean;
  exclusive?: boolean;
  localizedTimezone?: boolean;
  validFrom?: string;
  validTo?: string | null;
  currencies?: CurrencyCondition[];
  stores?: string[];
  consumers?: string[];
  singleUse?: boolean;
  maxRedemptions?: number | null;
  codes?: string[];
  /** Contract §7 limits, stored as the offer services store them. */
  limits?: Limits | null;
};

export async function makeOffer(tenantId: string, spec: OfferSpec) {
  const id = randomUUID();
  const validFrom = spec.validFrom ?? "2020-01-01T00:00:00Z";
  const validTo = spec.validTo ?? null;
  await db().$transaction(async (tx) => {
    await tx.offer.create({
      data: {
        id,
        tenantId,
        family: spec.family ?? "promotion",
        name: spec.name ?? `${spec.category.kind} ${id.slice(0, 6)}`,
        active: spec.active ?? true,
        localizedTimezone: spec.localizedTimezone ?? false,
        validFrom,
        validTo,
        startsAt: new Date(Date.parse(validFrom.length === 19 ? `${validFrom}Z` : validFrom)),
        endsAt: validTo ? new Date(Date.parse(validTo.length === 19 ? `${validTo}Z` : validTo)) : null,
        kind: spec.category.kind,
        category: spec.category,
        currencies: spec.currencies ?? [{ code: "EUR" }],
        singleUse: spec.singleUse ?? false,
        stores: spec.stores ?? [],
        consumers: spec.consumers ?? [],
        channels: [],
        exclusive: spec.exclusive ?? false,
        maxRedemptions: spec.maxRedemptions ?? null,
        ...(spec.limits ? { limits: spec.limits } : {}),
        version: randomUUID(),
        createdBy: "test",
        updatedBy: "test",
      },
    });
    if (spec.codes?.length) {
      await tx.couponCode.createMany({
        data: spec.codes.map((code) => ({ tenantId, offerId: id, code, maxRedemptions: spec.singleUse ? 1 : null })),
      });
    }
    await tx.tenant.update({ where: { id: tenantId }, data: { offersRevision: { increment: 1 } } });
  });
  return id;
}
