import { describe, expect, it } from "vitest";
import { combineRules } from "@/lib/legacy/combine-rules";
import type { ValidationRule } from "@/lib/legacy/schemas";

const from = (valid_from: string): ValidationRule => ({ label: "valid_from", values: { valid_from } });
const to = (valid_to: string): ValidationRule => ({ label: "valid_to", values: { valid_to } });
const consumer = (consumer_id: string): ValidationRule => ({ label: "restricted_to_consumer_id", values: { consumer_id } });
const minimum = (amount: number, currency = "EUR"): ValidationRule => ({
  label: "minimal_order_total_before_discount",
  values: { amount, currency },
});

const JAN = "2027-01-01T00:00:00.000Z";
const FEB = "2027-02-01T00:00:00Z";
const MAR = "2027-03-01T00:00:00+01:00";

describe("legacy rule combination (reference §11.6)", () => {
  it.each([
    ["no rules on either side", [], [], {}],
    ["the definition's rules alone", [from(JAN), to(MAR), consumer("c-1")], [], { validFrom: JAN, validTo: MAR, consumerId: "c-1" }],
    ["the coupon's rules alone", [], [from(FEB), minimum(20)], { validFrom: FEB, minimalOrderTotal: { amount: 20, currency: "EUR" } }],
    ["valid_from: a later coupon start narrows", [from(JAN)], [from(FEB)], { validFrom: FEB }],
    [
      "valid_from: the same start is no conflict",
      [from(JAN)],
      [from("2027-01-01T01:00:00+01:00")],
      { validFrom: "2027-01-01T01:00:00+01:00" },
    ],
    ["valid_to: an earlier coupon end narrows", [to(MAR)], [to(FEB)], { validTo: FEB }],
    ["restricted_to_consumer_id: the coupon's fills an open definition", [], [consumer("c-9")], { consumerId: "c-9" }],
    ["restricted_to_consumer_id: the same consumer on both", [consumer("c-1")], [consumer("c-1")], { consumerId: "c-1" }],
    [
      "minimal order total: the higher of both in one currency",
      [minimum(50)],
      [minimum(20)],
      { minimalOrderTotal: { amount: 50, currency: "EUR" } },
    ],
    ["minimal order total: the coupon's raises it", [minimum(20)], [minimum(50)], { minimalOrderTotal: { amount: 50, currency: "EUR" } }],
    [
      "minimal order total: in another currency the coupon's overrides",
      [minimum(50)],
      [minimum(20, "USD")],
      { minimalOrderTotal: { amount: 20, currency: "USD" } },
    ],
  ] as const)("%s", (_name, definition, coupon, expected) => {
    expect(combineRules(definition, coupon)).toEqual({ ok: true, rules: expected });
  });

  it.each([
    [
      "valid_from earlier than the definition's",
      [from(FEB)],
      [to(MAR), from(JAN)],
      "validation_rules[1].values.valid_from",
      "earlier than the definition's",
    ],
    ["valid_to later than the definition's", [to(FEB)], [to(MAR)], "validation_rules[0].values.valid_to", "later than the definition's"],
    [
      "a start after the end, from the coupon's start",
      [to(FEB)],
      [from(MAR)],
      "validation_rules[0].values.valid_from",
      "valid_from is after valid_to",
    ],
    [
      "a start after the end, from the coupon's end",
      [from(FEB)],
      [to(JAN)],
      "validation_rules[0].values.valid_to",
      "valid_from is after valid_to",
    ],
    ["two different consumers", [consumer("c-1")], [consumer("c-2")], "validation_rules[0].values.consumer_id", "cannot name c-2"],
  ] as const)("conflict: %s answers 400 naming the coupon's rule", (_name, definition, coupon, field, fragment) => {
    const result = combineRules(definition, coupon);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.causes).toHaveLength(1);
    expect(result.causes[0]).toMatchObject({ field, code: "rule_conflict" });
    expect(result.causes[0].message).toContain(fragment);
  });
});
