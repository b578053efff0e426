import { describe, expect, it } from "vitest";
import { currencyExponent, toMajor, toMinor } from "@/lib/money/currency";
import { decimalPlaces, minorUnitsMessage } from "@/lib/offers/offer-rules";

describe("currency minor units", () => {
  it.each([["JPY", 0], ["USD", 2], ["EUR", 2], ["KWD", 3], ["CLF", 4]])("%s has %i decimals", (code, exponent) => {
    expect(currencyExponent(code)).toBe(exponent);
  });

  it("refuses unknown codes", () => {
    expect(() => currencyExponent("XYZ")).toThrow(RangeError);
  });

  it("converts without float drift and back", () => {
    expect(toMinor(1.005, "EUR")).toBe(101);
    expect(toMinor(19.99, "USD")).toBe(1999);
    expect(toMinor(500, "JPY")).toBe(500);
    expect(toMinor(1.2345, "KWD")).toBe(1235);
    expect(toMinor(-2.5, "EUR")).toBe(-250);
    expect(toMajor(1999, "USD")).toBe(19.99);
    expect(toMajor(1235, "KWD")).toBe(1.235);
    expect(toMajor(500, "JPY")).toBe(500);
  });

  it("counts decimals of JSON numbers", () => {
    expect([decimalPlaces(5), decimalPlaces(5.5), decimalPlaces(0.125), decimalPlaces(1e-7), decimalPlaces(1.5e3)]).toEqual([0, 1, 3, 7, 0]);
    expect(minorUnitsMessage("EUR", 5.55)).toBeNull();
    expect(minorUnitsMessage("EUR", 5.555)).toMatch(/at most 2 decimal places/);
    expect(minorUnitsMessage("JPY", 5.5)).toMatch(/whole number/);
  });
});
