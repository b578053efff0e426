// Contract §4.1: integer minor units inside, ISO 4217 exponents, half-up rounding per currency.
import { describe, expect, it } from "vitest";
import { currencyExponent, formatMinorUnits, isKnownCurrency, toMajorUnits, toMinorUnits } from "@/lib/pricing";
import { cart, item, offer, price, products } from "./fixtures";

describe("currency exponents (ISO 4217)", () => {
  it.each([
    ["JPY", 0],
    ["KRW", 0],
    ["ISK", 0],
    ["VND", 0],
    ["CLP", 0],
    ["XOF", 0],
    ["USD", 2],
    ["EUR", 2],
    ["GBP", 2],
    ["BHD", 3],
    ["KWD", 3],
    ["OMR", 3],
    ["JOD", 3],
    ["TND", 3],
    ["IQD", 3],
    ["LYD", 3],
    ["CLF", 4],
    ["ABC", 2],
  ])("%s has %i minor digits", (code, exponent) => {
    expect(currencyExponent(code)).toBe(exponent);
  });

  it.each([
    ["USD", true],
    ["JPY", true],
    ["KWD", true],
    ["XCG", true],
    ["usd", false],
    ["ABC", false],
    ["HRK", false],
    ["XAU", false],
    ["", false],
  ])("isKnownCurrency(%s) is %s", (code, known) => {
    expect(isKnownCurrency(code)).toBe(known);
  });
});

describe("major <-> minor units", () => {
  it.each([
    [0.1 + 0.2, 2, 30],
    [19.99, 2, 1999],
    [1.005, 2, 101], // the float is 1.00499999…, the decimal 1.005 rounds half-up
    [-1.005, 2, -101],
    [2.5, 0, 3],
    [12.3456, 3, 12346],
    [1.0005, 3, 1001],
    [1.5e-7, 2, 0],
    [1e21, 0, 1e21],
    [0, 2, 0],
  ])("toMinorUnits(%d, %i) = %d", (major, exponent, minor) => {
    expect(toMinorUnits(major, exponent)).toBe(minor);
  });

  it("rejects non-finite amounts", () => {
    expect(() => toMinorUnits(Number.NaN, 2)).toThrow(RangeError);
  });

  it.each([
    [4200, 2, "42.00"],
    [5, 3, "0.005"],
    [1500, 0, "1500"],
    [-7, 2, "-0.07"],
  ])("formatMinorUnits(%i, %i) = %s", (minor, exponent, text) => {
    expect(formatMinorUnits(minor, exponent)).toBe(text);
  });

  it("converts back exactly", () => {
    expect(toMajorUnits(1999, 2)).toBe(19.99);
    expect(toMajorUnits(1081, 3)).toBe(1.081);
    expect(toMajorUnits(895, 0)).toBe(895);
  });
});

describe("rounding per currency (§4.1, §4.5 half-up per line)", () => {
  it.each([
    // currency, unit price, percent, expected discount, expected final price
    ["JPY", 995, 10, 100, 895], // 99.5 yen rounds up to 100
    ["JPY", 994, 10, 99, 895], // 99.4 yen rounds down
    ["USD", 3.3, 15, 0.5, 2.8], // 0.495 rounds up to 0.50
    ["USD", 3.29, 15, 0.49, 2.8], // 0.4935 rounds down
    ["KWD", 1.235, 10, 0.124, 1.111], // 0.1235 rounds up to 0.124 (three decimals)
    ["KWD", 1.235, 12.5, 0.154, 1.081], // fractional percent: 0.154375 rounds down
  ])("%s: %d at %d%% off takes %d", (currency, unitPrice, percent, discount, finalPrice) => {
    const promo = offer({ kind: "ProductLevelPercentage", discount: percent, products: products("p") });
    const result = price([promo], cart([item("p", unitPrice)], { currency }));
    expect(result.items[0].totalDiscount).toBe(discount);
    expect(result.items[0].finalPrice).toBe(finalPrice);
    expect(result.totals.discount).toBe(discount);
  });

  it("rounds each line on its own for product-level percentages", () => {
    const promo = offer({ kind: "ProductLevelPercentage", discount: 10, products: products("a", "b") });
    const result = price([promo], cart([item("a", 0.05), item("b", 0.05)]));
    // 0.005 per line rounds up to 0.01 on each line: 0.02 in total.
    expect(result.items.map((l) => l.totalDiscount)).toEqual([0.01, 0.01]);
    expect(result.totals.discount).toBe(0.02);
  });

  it("rounds a cart-level percentage once on the eligible subtotal", () => {
    const promo = offer({ kind: "CartLevelPercentage", discount: 10 });
    const result = price([promo], cart([item("a", 0.05), item("b", 0.05)]));
    // 10 % of 0.10 is exactly 0.01: one cent, spread to the earlier line on a tie.
    expect(result.items.map((l) => l.totalDiscount)).toEqual([0.01, 0]);
    expect(result.totals.discount).toBe(0.01);
  });

  it("rounds a cart-level percentage half-up", () => {
    const promo = offer({ kind: "CartLevelPercentage", discount: 10 });
    const result = price([promo], cart([item("a", 1.05)]));
    expect(result.totals.discount).toBe(0.11); // 0.105 -> 0.11
  });
});
