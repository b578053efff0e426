// Every message the console's schemas can produce reads in plain words once it passes through the
// action layer: no API field names (camelCase), no `codes[3]` paths.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { AddCodesInput } from "@/lib/codes/schemas";
import { fieldInWords, plainMessage } from "@/lib/forms/plain-messages";
import { CouponInput, CouponUpdate, PromotionInput } from "@/lib/offers/schemas";
import { CampaignInput, CouponRuleInput, IssueCouponInput } from "@/lib/pos/schemas";

const API_WORDING = /\b[a-z]+[A-Z][A-Za-z]*\b|\b[a-z]+\[\d+\]|warehouseID/;
const BAD_VALUES: unknown[] = [
  undefined,
  null,
  "",
  " ",
  -1,
  0,
  1.5,
  1e12,
  "x".repeat(5000),
  "2026-13-45T99:99:99",
  "2026-12-01T09:00:00",
  "2026-12-01T09:00:00+01:00",
  [],
  [""],
  [{}],
  {},
  true,
  "nope",
];

function messagesOf(schema: z.ZodType & { shape?: Record<string, unknown> }, base: Record<string, unknown>): string[] {
  const keys = Object.keys((schema as { shape?: Record<string, unknown> }).shape ?? base);
  const inputs = [{}, base, ...keys.flatMap((key) => BAD_VALUES.map((value) => ({ ...base, [key]: value })))];
  const messages = new Set<string>();
  for (const input of inputs) {
    const result = schema.safeParse(input);
    if (!result.success) for (const issue of result.error.issues) messages.add(issue.message);
  }
  return [...messages];
}

const offer = {
  name: "A",
  validFrom: "2026-12-01T09:00:00",
  localizedTimezone: true,
  category: { kind: "CartLevelPercentage", discount: 10 },
  currencies: [{ code: "EUR" }],
};
const schemas: [string, z.ZodType, Record<string, unknown>][] = [
  ["CouponInput", CouponInput, offer],
  ["CouponUpdate", CouponUpdate, { ...offer, version: "v" }],
  ["PromotionInput", PromotionInput, { ...offer, validTo: "2026-11-01T00:00:00" }],
  [
    "CampaignInput",
    CampaignInput,
    {
      name: "C",
      startDate: "2026-12-01",
      endDate: "2026-11-01",
      warehouseID: "a",
      storeGroup: "b",
      category: { kind: "CartLevelFixed", discount: 0.001 },
      currency: "EUR",
    },
  ],
  [
    "CouponRuleInput",
    CouponRuleInput,
    { name: "R", code: "R1", issuedFromDate: "2026-12-02", issuedUntilDate: "2026-12-01", promptCashier: 1 },
  ],
  ["IssueCouponInput", IssueCouponInput, { couponRuleId: "x" }],
  ["AddCodesInput", AddCodesInput, { codes: ["A", "A"] }],
];

describe("plain messages", () => {
  it.each(schemas)("every %s message reads without API field names", (_name, schema, base) => {
    const messages = messagesOf(schema as z.ZodType, base);
    expect(messages.length).toBeGreaterThan(3);
    const leaks = messages.map(plainMessage).filter((m) => API_WORDING.test(m));
    expect(leaks).toEqual([]);
  });

  it("rewrites the issue's examples", () => {
    expect(plainMessage("validTo must be after validFrom")).toBe("The end (Valid to) must be after the start (Valid from).");
    expect(plainMessage('"A" is repeated (first at codes[0])')).toBe('"A" is repeated (first on line 1)');
    expect(plainMessage("issuedUntilDate must not be before issuedFromDate")).toBe("Issued until must not be before issued from");
  });

  it("names a field path in words", () => {
    expect(fieldInWords("currencies.1.code")).toBe("Currencies 2 code");
    expect(fieldInWords("validTo")).toBe("Valid to");
    expect(fieldInWords("category.maxQuantity")).toBe("Category max units per line");
  });
});
