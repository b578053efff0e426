// Legacy v0 objects through the same operations the REST API calls.
import type { Actor } from "@/lib/auth/actor";
import { createLegacyCoupon } from "@/lib/legacy/create-legacy-coupon";
import { createDiscountRule } from "@/lib/legacy/save-discount-rule";
import { createCouponDefinition } from "@/lib/legacy/save-coupon-definition";
import { CouponDefinitionInput, DiscountRuleInput, LegacyCouponCreateInput } from "@/lib/legacy/schemas";

let serial = 0;

export async function makeDiscountRule(actor: Actor, body: Record<string, unknown> = {}) {
  serial++;
  return createDiscountRule(
    actor,
    DiscountRuleInput.parse({
      label: `rule-${serial}-${Date.now()}`,
      scope: "order",
      currency: "EUR",
      ...(body.type === "percentage" ? { percentage: 10 } : { type: "fixed", amount: 5 }),
      ...body,
    }),
  );
}

export async function makeDefinition(actor: Actor, body: Record<string, unknown> = {}) {
  serial++;
  const discount_rule_id = (body.discount_rule_id as string | undefined) ?? (await makeDiscountRule(actor)).id;
  return createCouponDefinition(
    actor,
    CouponDefinitionInput.parse({ label: `def-${serial}-${Date.now()}`, pattern: "LEG-[A-Z]{4}[0-9]{2}", discount_rule_id, ...body }),
  );
}

export async function makeLegacyCoupon(actor: Actor, templateLabel: string, body: Record<string, unknown> = {}) {
  return createLegacyCoupon(actor, LegacyCouponCreateInput.parse({ template_label: templateLabel, ...body }));
}
