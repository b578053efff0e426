// Currency rules of offers (conversions themselves are tested in tests/unit/money).
import { describe, expect, it } from "vitest";
import { minorUnitsMessage } from "@/lib/offers/offer-rules";
import { CouponInput } from "@/lib/offers/schemas";

describe("offer currency rules", () => {
  it("accepts the currencies the pricing engine knows, and no others", () => {
    const accepts = (code: string) =>
      CouponInput.safeParse({ name: "x", validFrom: "2026-01-01T00:00:00Z", category: { kind: "FreeShipping" }, currencies: [{ code }] })
        .success;
    expect(["EUR", "USD", "JPY", "KWD", "CLF", "CHF"].every(accepts)).toBe(true);
    expect(["XYZ", "EUE", "eur", "XAU"].some(accepts)).toBe(false);
  });

  it("names the minor-unit rule an amount breaks", () => {
    expect(minorUnitsMessage("EUR", 5.55)).toBeNull();
    expect(minorUnitsMessage("EUR", 5.555)).toMatch(/EUR allows at most 2 decimal places/);
    expect(minorUnitsMessage("JPY", 500)).toBeNull();
    expect(minorUnitsMessage("JPY", 5.5)).toMatch(/JPY has no minor unit: use a whole number/);
    expect(minorUnitsMessage("KWD", 1.234)).toBeNull();
    expect(minorUnitsMessage("KWD", 1.2345)).toMatch(/at most 3/);
    expect(minorUnitsMessage("EUR", 1e-7)).toMatch(/at most 2/);
    expect(minorUnitsMessage("XYZ", 1.2345)).toBeNull();
  });
});
