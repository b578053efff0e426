// Currency rules of offers (conversions themselves are tested in tests/unit/money).
import { describe, expect, it } from "vitest";
import { isIsoCurrency } from "@/lib/money/iso-currencies";
import { minorUnitsMessage } from "@/lib/offers/offer-rules";

describe("offer currency rules", () => {
  it("knows the ISO 4217 codes", () => {
    expect(["EUR", "USD", "JPY", "KWD", "CLF", "CHF"].every(isIsoCurrency)).toBe(true);
    expect(["XYZ", "EUE", "eur", "XAU"].some(isIsoCurrency)).toBe(false);
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
