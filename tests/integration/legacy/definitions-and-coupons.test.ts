// Legacy v0 objects on the real database: one label namespace, one code namespace with v1, the
// per-coupon redemption limit copied from the definition, rule combination and the delete guard.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createCouponTemplate } from "@/lib/legacy/create-coupon-template";
import { deleteCouponDefinition } from "@/lib/legacy/delete-coupon-definition";
import { getCouponDefinitionOrThrow } from "@/lib/legacy/get-coupon-definition-or-throw";
import { updateCouponDefinition } from "@/lib/legacy/save-coupon-definition";
import { deleteDiscountRule, updateDiscountRule } from "@/lib/legacy/save-discount-rule";
import { CouponDefinitionInput, CouponTemplateInput, DiscountRuleInput } from "@/lib/legacy/schemas";
import { updateLegacyCoupon } from "@/lib/legacy/update-legacy-coupon";
import { makeDefinition, makeDiscountRule, makeLegacyCoupon } from "@/tests/factories/legacy";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant } from "@/tests/factories/tenant";

describe("legacy definitions, templates and coupons", () => {
  it("share one label namespace per tenant, and not across tenants", async () => {
    const t = await makeTenant();
    const definition = await makeDefinition(t.actors.marketer, { label: "summer" });
    await expect(
      createCouponTemplate(t.actors.marketer, CouponTemplateInput.parse({ label: "summer", pattern: "S[0-9]{4}" })),
    ).rejects.toMatchObject({ code: "conflict", causes: [expect.objectContaining({ field: "label", code: "duplicate" })] });
    await expect(makeDefinition(t.actors.marketer, { label: "summer" })).rejects.toMatchObject({ code: "conflict" });
    const other = await makeTenant();
    await expect(makeDefinition(other.actors.marketer, { label: "summer" })).resolves.toMatchObject({ label: "summer" });
    expect(definition).toMatchObject({ pattern_capacity: String(26 ** 4 * 100), coupons_count: 0 });
  });

  it("draws coupons from the pattern, never a code the tenant holds, and 409 once the pattern is used up", async () => {
    const t = await makeTenant();
    await makeOffer(t.tenantId, { family: "coupon", name: "v1", category: { kind: "CartLevelFixed", discount: 1 }, codes: ["AB1", "AB2"] });
    const definition = await makeDefinition(t.actors.marketer, { pattern: "AB[1-4]", max_redemptions: 3 });
    const first = await makeLegacyCoupon(t.actors.marketer, definition.label, { label: "first" });
    const second = await makeLegacyCoupon(t.actors.marketer, definition.label);
    expect([first.code, second.code].sort()).toEqual(["AB3", "AB4"]);
    expect(first).toMatchObject({ label: "first", is_enabled: true, template_label: definition.label, max_redemptions: 3, redemptions: 0 });
    await expect(makeLegacyCoupon(t.actors.marketer, definition.label)).rejects.toMatchObject({
      code: "conflict",
      causes: [expect.objectContaining({ code: "pattern_exhausted" })],
    });
    expect(await getCouponDefinitionOrThrow(t.tenantId, definition.id)).toMatchObject({ coupons_count: 2, codes_remaining: "2" });
  });

  it("combines a coupon's rules with its definition's (§11.6) and refuses conflicts naming the rule", async () => {
    const t = await makeTenant();
    const definition = await makeDefinition(t.actors.marketer, {
      validation_rules: [
        { label: "valid_from", values: { valid_from: "2026-01-01T00:00:00.000Z" } },
        { label: "valid_to", values: { valid_to: "2026-12-31T23:59:59.000Z" } },
      ],
    });
    await expect(
      makeLegacyCoupon(t.actors.marketer, definition.label, {
        validation_rules: [{ label: "valid_to", values: { valid_to: "2027-01-31T00:00:00.000Z" } }],
      }),
    ).rejects.toMatchObject({
      code: "validation_failed",
      causes: [expect.objectContaining({ field: "validation_rules[0].values.valid_to" })],
    });
    const narrowed = await makeLegacyCoupon(t.actors.marketer, definition.label, {
      validation_rules: [{ label: "valid_to", values: { valid_to: "2026-06-30T00:00:00.000Z" } }],
    });
    // The definition may no longer end before that coupon's own end: the pair would conflict.
    await expect(
      updateCouponDefinition(
        t.actors.marketer,
        definition.id,
        CouponDefinitionInput.parse({
          ...withoutReadOnly(definition),
          validation_rules: [{ label: "valid_to", values: { valid_to: "2026-03-31T00:00:00.000Z" } }],
        }),
      ),
    ).rejects.toMatchObject({ code: "validation_failed", causes: [expect.objectContaining({ field: "validation_rules" })] });
    const patched = await updateLegacyCoupon(t.actors.marketer, narrowed.id, { is_enabled: false });
    expect(patched).toMatchObject({ is_enabled: false, validation_rules: [{ label: "valid_to" }] });
  });

  it("copies max_redemptions onto each coupon's code and re-limits them when the definition changes", async () => {
    const t = await makeTenant();
    const definition = await makeDefinition(t.actors.marketer, { max_redemptions: 2 });
    const coupon = await makeLegacyCoupon(t.actors.marketer, definition.label);
    expect((await db().couponCode.findUniqueOrThrow({ where: { id: coupon.id } })).maxRedemptions).toBe(2);
    await updateCouponDefinition(
      t.actors.marketer,
      definition.id,
      CouponDefinitionInput.parse({ ...withoutReadOnly(definition), max_redemptions: 7 }),
    );
    expect((await db().couponCode.findUniqueOrThrow({ where: { id: coupon.id } })).maxRedemptions).toBe(7);
  });

  it("deletes a definition with its coupons, but not once one was redeemed; a rule in use stays", async () => {
    const t = await makeTenant();
    const rule = await makeDiscountRule(t.actors.marketer);
    const definition = await makeDefinition(t.actors.marketer, { discount_rule_id: rule.id });
    const coupon = await makeLegacyCoupon(t.actors.marketer, definition.label);
    await expect(deleteDiscountRule(t.actors.marketer, rule.id)).rejects.toMatchObject({ code: "conflict" });
    await expect(
      updateDiscountRule(
        t.actors.marketer,
        rule.id,
        DiscountRuleInput.parse({ label: rule.label, scope: "order", currency: "USD", type: "fixed", amount: 5 }),
      ),
    ).rejects.toMatchObject({ code: "conflict", causes: [expect.objectContaining({ field: "currency" })] });
    await db().redemption.create({
      data: { tenantId: t.tenantId, codeId: coupon.id, offerId: definition.id, code: coupon.code, orderId: "o-1", status: "redeemed" },
    });
    await expect(deleteCouponDefinition(t.actors.marketer, definition.id)).rejects.toMatchObject({ code: "conflict" });
    expect(await db().couponCode.count({ where: { id: coupon.id } })).toBe(1);
    await db().redemption.updateMany({ where: { tenantId: t.tenantId }, data: { status: "reverted" } });
    await deleteCouponDefinition(t.actors.marketer, definition.id);
    expect(await db().couponCode.count({ where: { id: coupon.id } })).toBe(0);
    await deleteDiscountRule(t.actors.marketer, rule.id);
  });
});

function withoutReadOnly(view: Record<string, unknown>) {
  const { id, pattern_capacity, coupons_count, codes_remaining, created_at, updated_at, ...body } = view;
  void [id, pattern_capacity, coupons_count, codes_remaining, created_at, updated_at];
  return body;
}
