// The console's legacy forms build v0 bodies that the v0 schemas accept, and map the schemas' error
// paths back onto their own fields.
import { describe, expect, it } from "vitest";
import { definitionBody, definitionFormValues, formFieldOf } from "@/lib/legacy/definition-form";
import { discountRuleBody, discountRuleFormValues, ruleFieldOf } from "@/lib/legacy/discount-rule-form";
import { CouponDefinitionInput, DiscountRuleInput } from "@/lib/legacy/schemas";

describe("definition form", () => {
  const values = {
    ...definitionFormValues(),
    label: "spring",
    pattern: "SPR-[0-9]{4}",
    discount_rule_id: "rule-1",
    channel_types: ["web"],
    max_redemptions: "3",
    valid_from: "2026-03-01",
    valid_to: "2026-05-31",
    consumer_id: "c-1",
  };

  it("turns whole days into UTC instants and the fields into v0 rules", () => {
    const body = definitionBody(values);
    expect(CouponDefinitionInput.parse(body)).toEqual({
      label: "spring",
      pattern: "SPR-[0-9]{4}",
      discount_rule_id: "rule-1",
      channel_types: ["web"],
      max_redemptions: 3,
      validation_rules: [
        { label: "valid_from", values: { valid_from: "2026-03-01T00:00:00.000Z" } },
        { label: "valid_to", values: { valid_to: "2026-05-31T23:59:59.999Z" } },
        { label: "restricted_to_consumer_id", values: { consumer_id: "c-1" } },
      ],
    });
    expect(
      definitionBody({ ...values, channel_types: false, max_redemptions: "", valid_from: "", valid_to: "", consumer_id: " " }),
    ).toEqual({
      label: "spring",
      pattern: "SPR-[0-9]{4}",
      discount_rule_id: "rule-1",
      validation_rules: [],
    });
  });

  it("reads a definition back into the form", () => {
    const body = CouponDefinitionInput.parse(definitionBody(values));
    const view = { ...body, validation_rules: body.validation_rules ?? [], id: "d", pattern_capacity: "1", coupons_count: 0 };
    expect(definitionFormValues({ ...view, codes_remaining: "1", created_at: "", updated_at: "" })).toEqual(values);
  });

  it.each([
    ["validation_rules[0].values.valid_from", "valid_from"],
    ["validation_rules[1].values.valid_to", "valid_to"],
    ["validation_rules[2].values.consumer_id", "consumer_id"],
    ["channel_types[0]", "channel_types"],
    ["max_redemptions", "max_redemptions"],
    ["surprise", "root"],
    [undefined, "root"],
  ])("maps %s onto %s", (path, field) => {
    expect(formFieldOf(path, definitionBody(values))).toBe(field);
  });
});

describe("discount rule form", () => {
  it.each([
    [
      { type: "fixed", amount: "5", scope: "order" },
      { type: "fixed", amount: 5, scope: "order" },
    ],
    [
      { type: "percentage", percentage: "12.5", amount: "9", scope: "order" },
      { type: "percentage", percentage: 12.5, scope: "order" },
    ],
    [
      { type: "fixed", amount: "2", scope: "shipping", shipping_price_limit: "10", items: "x" },
      { type: "fixed", amount: 2, scope: "shipping", shipping_price_limit: 10 },
    ],
    [
      { type: "percentage", percentage: "10", scope: "item", items: "a, b,", categories: "shoes" },
      { type: "percentage", percentage: 10, scope: "item", items: ["a", "b"], categories: ["shoes"] },
    ],
  ])("sends only the fields of the chosen type and scope: %j", (change, expected) => {
    const body = discountRuleBody({ ...discountRuleFormValues(), label: "r", ...change });
    expect(DiscountRuleInput.parse(body)).toEqual({ label: "r", currency: "EUR", priority: 0, ...expected });
  });

  it("maps error paths onto its fields", () => {
    expect(ruleFieldOf("items[2]")).toBe("items");
    expect(ruleFieldOf("percentage")).toBe("percentage");
    expect(ruleFieldOf(undefined)).toBe("root");
  });
});
