// Turns the legacy coupons behind requested codes into engine codes and offers (legacy-offer.ts), for
// pricing and redemption alike (lib/carts/load-coupon-codes.ts calls this for the codes that name no v1 coupon).
import { readStringList } from "@/lib/catalog/products/product-view";
import { driver } from "@/lib/db/driver";
import type { CodeState, Offer } from "@/lib/pricing";
import { legacyCouponOffer, type LegacyCouponFacts } from "@/lib/legacy/legacy-offer";
import { findLegacyCoupons, type LegacyCouponRow } from "@/lib/legacy/pricing-queries";
import { readRules } from "@/lib/legacy/views";

export type LegacyCodeState = CodeState & {
  id: string;
  /** The coupon's definition (or template): what its redemptions record as their offer. */
  definitionId: string;
};

export type LoadedLegacyCodes = { codes: Record<string, LegacyCodeState>; coupons: Offer[] };

export function legacyFacts(row: LegacyCouponRow): LegacyCouponFacts {
  return {
    id: row.id,
    code: row.code,
    active: row.active,
    redemptions: row.redemptions,
    maxRedemptions: row.maxRedemptions,
    createdAt: row.createdAt.toISOString(),
    template: {
      label: row.templateLabel,
      validationRules: readRules(row.templateRules),
      channelTypes: readStringList(row.channelTypes),
      amount: row.templateAmount,
      currency: row.templateCurrency,
    },
    own: row.ownRules === null ? null : { validationRules: readRules(row.ownRules), amount: row.ownAmount, currency: row.ownCurrency },
    rule:
      row.ruleId === null
        ? null
        : {
            scope: row.scope ?? "",
            type: row.type ?? "",
            amount: row.ruleAmount,
            percentage: row.percentage,
            currency: row.ruleCurrency ?? "",
            priority: row.priority ?? 0,
            minimumOrderAmount: row.minimumOrderAmount,
            shippingPriceLimit: row.shippingPriceLimit,
            items: readStringList(row.items),
            categories: readStringList(row.categories),
          },
  };
}

export async function loadLegacyCodes(tenantId: string, codeIds: readonly string[]): Promise<LoadedLegacyCodes> {
  const rows = await findLegacyCoupons(driver(), tenantId, codeIds);
  const codes: LoadedLegacyCodes["codes"] = {};
  const coupons: Offer[] = [];
  for (const row of rows) {
    const priced = legacyCouponOffer(legacyFacts(row));
    // A coupon without a discount (its rule deleted behind the API's back) stays not_found.
    if (!priced) continue;
    codes[row.code] = { id: row.id, definitionId: row.templateId, ...priced.state };
    coupons.push(priced.offer);
  }
  return { codes, coupons };
}
