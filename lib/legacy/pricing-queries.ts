// The legacy domain's read on the checkout path (every cart and redemption naming a legacy code), through
// the driver like lib/carts/queries.ts: the coupons behind code ids, each with its template, its own row
// and the discount rule in force (its own, else its definition's), in one statement.
import { bool, date, int, json, nullable, real, rowOf, text } from "@/lib/db/decode";
import { placeholders, type Statements } from "@/lib/db/driver";

const decodeLegacyCoupon = rowOf({
  id: text,
  code: text,
  active: bool,
  redemptions: int,
  maxRedemptions: nullable(int),
  createdAt: date,
  templateId: text,
  templateLabel: text,
  templateRules: json,
  channelTypes: json,
  templateAmount: nullable(int),
  templateCurrency: nullable(text),
  ownRules: json,
  ownAmount: nullable(int),
  ownCurrency: nullable(text),
  ruleId: nullable(text),
  scope: nullable(text),
  type: nullable(text),
  ruleAmount: nullable(int),
  percentage: nullable(real),
  ruleCurrency: nullable(text),
  priority: nullable(int),
  minimumOrderAmount: nullable(int),
  shippingPriceLimit: nullable(int),
  items: json,
  categories: json,
});
export type LegacyCouponRow = ReturnType<typeof decodeLegacyCoupon>;

/** The legacy coupons among these code ids (a v1 code or an orphan has no template and is left out). */
export async function findLegacyCoupons(client: Statements, tenantId: string, codeIds: readonly string[]): Promise<LegacyCouponRow[]> {
  if (codeIds.length === 0) return [];
  const rows = await client.all(
    `SELECT c."id", c."code", c."active", c."redemptions", c."maxRedemptions", c."createdAt",
       t."id" AS "templateId", t."label" AS "templateLabel", t."validationRules" AS "templateRules", t."channelTypes",
       t."amount" AS "templateAmount", t."currency" AS "templateCurrency",
       l."validationRules" AS "ownRules", l."amount" AS "ownAmount", l."currency" AS "ownCurrency",
       r."id" AS "ruleId", r."scope", r."type", r."amount" AS "ruleAmount", r."percentage", r."currency" AS "ruleCurrency", r."priority",
       r."minimumOrderAmount", r."shippingPriceLimit", r."items", r."categories"
     FROM "CouponCode" c
     JOIN "LegacyTemplate" t ON t."id" = c."offerId" AND t."tenantId" = c."tenantId"
     LEFT JOIN "LegacyCoupon" l ON l."id" = c."id" AND l."tenantId" = c."tenantId"
     LEFT JOIN "LegacyDiscountRule" r ON r."id" = COALESCE(l."discountRuleId", t."discountRuleId") AND r."tenantId" = c."tenantId"
     WHERE c."tenantId" = ? AND c."id" IN (${placeholders(codeIds.length)})`,
    [tenantId, ...codeIds],
  );
  return rows.map(decodeLegacyCoupon);
}
