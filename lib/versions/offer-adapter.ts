// Versions of coupons and automatic promotions: the live row is an Offer row, the snapshot the fields
// of CouponInput / PromotionInput, and writing one is the API's PUT (replaceOfferRow).
import { FAMILIES, type Family } from "@/lib/offers/family";
import { findOfferRowOrThrow } from "@/lib/offers/get-offer-or-throw";
import { EDITABLE_FIELDS, rowSnapshot } from "@/lib/offers/offer-view";
import { assertStoresExist, loadTenant } from "@/lib/offers/offer-writes";
import { assertSameCategory, replaceOfferRow } from "@/lib/offers/replace-offer-row";
import { CouponInput, PromotionInput, type OfferInput } from "@/lib/offers/schemas";
import type { VersionAdapter } from "@/lib/versions/adapter";
import { parseOrThrow } from "@/lib/zod-issues";

export function offerAdapter(family: Family): VersionAdapter {
  const schema = family === "coupon" ? CouponInput : PromotionInput;
  const parse = (input: unknown) => parseOrThrow(schema, input) as OfferInput;
  return {
    kind: family,
    objectType: family,
    fieldOrder: EDITABLE_FIELDS,
    consolePath: (id) => `${FAMILIES[family].consolePath}/${id}`,
    parseSnapshot: (input) => parse(input) as unknown as Record<string, unknown>,
    async findLive(client, tenantId, offerId) {
      const row = await findOfferRowOrThrow(client, tenantId, family, offerId);
      return {
        id: row.id,
        name: row.name,
        unpublished: row.unpublished,
        snapshot: rowSnapshot(row),
        updatedBy: row.updatedBy,
        updatedAt: row.updatedAt,
      };
    },
    async assertAcceptable(tx, tenantId, live, snapshot) {
      const input = parse(snapshot);
      const row = await findOfferRowOrThrow(tx, tenantId, family, live.id);
      assertSameCategory(family, row, input.category);
      await assertStoresExist(tx, tenantId, input.stores ?? []);
    },
    async writeLive(tx, actor, offerId, snapshot, options) {
      const tenant = await loadTenant(tx, actor.tenantId);
      const before = await findOfferRowOrThrow(tx, actor.tenantId, family, offerId);
      await replaceOfferRow(tx, actor, tenant, family, before, parse(snapshot), options);
    },
  };
}
