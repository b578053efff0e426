import { describe, expect, it } from "vitest";
import { CouponDefinitionInput, DiscountRuleInput, LegacyCouponCreateInput, LegacyCouponUpdateInput } from "@/lib/legacy/schemas";

function problems(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] {
  return result.success ? [] : result.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

const definition = {
  label: "coupondef-summer",
  pattern: "coupondef-[A-Z]{3}[0-9]{3}",
  validation_rules: [
    { label: "valid_from", values: { valid_from: "2017-10-23T06:00:00.000Z" } },
    { label: "valid_to", values: { valid_to: "2019-11-30T23:59:59.000Z" } },
  ],
  discount_rule_id: "d2c1e0a4-2c52-4f1b-9f7e-3f2d1c0b9a88",
  channel_types: ["web", "store"],
  max_redemptions: 10000000,
};

describe("legacy v0 bodies", () => {
  it("accepts NewStore's definition sample as it stands", () => {
    expect(problems(CouponDefinitionInput.safeParse(definition))).toEqual([]);
  });

  it.each([
    [
      "six channel types",
      { ...definition, channel_types: ["web", "mobile", "mobile_ios", "mobile_android", "store", "web"] },
      "channel_types: channel_types holds at most 5 values",
    ],
    [
      "an unknown channel type",
      { ...definition, channel_types: ["kiosk"] },
      "channel_types.0: channel_types may hold only web, mobile, mobile_ios, mobile_android, store",
    ],
    ["max_redemptions 0", { ...definition, max_redemptions: 0 }, "max_redemptions: max_redemptions must be at least 1"],
    ["an empty label", { ...definition, label: "" }, "label: label must not be empty"],
    [
      "a minimal order total on a definition",
      { ...definition, validation_rules: [{ label: "minimal_order_total_before_discount", values: { amount: 10, currency: "EUR" } }] },
      "validation_rules.0.label: minimal_order_total_before_discount is set on templates and coupons, not on definitions",
    ],
    [
      "a rule given twice",
      { ...definition, validation_rules: [definition.validation_rules[0], definition.validation_rules[0]] },
      "validation_rules.1.label: valid_from is given twice",
    ],
    [
      "a date without offset",
      { ...definition, validation_rules: [{ label: "valid_from", values: { valid_from: "2017-10-23 06:00" } }] },
      "validation_rules.0.values.valid_from: valid_from must be a date-time with an offset or Z, such as 2017-10-23T06:00:00.000Z",
    ],
    ["an unknown field", { ...definition, surprise: true }, ': Unrecognized key: "surprise"'],
  ])("refuses %s, naming the field", (_name, body, message) => {
    expect(problems(CouponDefinitionInput.safeParse(body))).toContain(message);
  });

  it("discount rules: fixed or percentage, item scope needs a product or category, amounts fit the currency", () => {
    expect(problems(DiscountRuleInput.safeParse({ label: "10 off", scope: "order", currency: "EUR", type: "fixed", amount: 10 }))).toEqual(
      [],
    );
    expect(
      problems(
        DiscountRuleInput.safeParse({
          label: "shoes",
          scope: "item",
          currency: "EUR",
          type: "percentage",
          percentage: 15,
          categories: ["shoes"],
          priority: 2,
        }),
      ),
    ).toEqual([]);
    expect(
      problems(DiscountRuleInput.safeParse({ label: "x", scope: "item", currency: "EUR", type: "percentage", percentage: 15 })),
    ).toEqual(["items: An item-scope rule names at least one product id in items or one category in categories"]);
    expect(problems(DiscountRuleInput.safeParse({ label: "x", scope: "order", currency: "JPY", type: "fixed", amount: 10.5 }))).toEqual([
      "amount: amount has more decimals than JPY allows",
    ]);
    expect(problems(DiscountRuleInput.safeParse({ label: "x", scope: "order", currency: "EUR", type: "percent", amount: 1 }))).toEqual([
      "type: type must be fixed or percentage",
    ]);
    expect(
      problems(
        DiscountRuleInput.safeParse({ label: "x", scope: "order", currency: "EUR", type: "fixed", amount: 1, shipping_price_limit: 5 }),
      ),
    ).toEqual(["shipping_price_limit: shipping_price_limit applies to shipping-scope rules only"]);
  });

  it("coupons: template_label required, PATCH needs something to change", () => {
    expect(problems(LegacyCouponCreateInput.safeParse({ template_label: "coupondef-summer" }))).toEqual([]);
    expect(problems(LegacyCouponCreateInput.safeParse({ label: "x" }))[0]).toMatch(/^template_label: /);
    expect(problems(LegacyCouponUpdateInput.safeParse({ is_enabled: false }))).toEqual([]);
    expect(problems(LegacyCouponUpdateInput.safeParse({}))).toEqual([": Send is_enabled, validation_rules or both"]);
  });
});
