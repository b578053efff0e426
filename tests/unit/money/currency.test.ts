import { describe, expect, it } from "vitest";
import {
  currencyExponent,
  decimalPlaces,
  fitsMinorUnit,
  formatMajor,
  formatMinor,
  formatWithCode,
  toDecimalString,
  toMajor,
  toMinor,
} from "@/lib/money/currency";
import { toMinorUnits } from "@/lib/pricing";

describe("currencyExponent", () => {
  it.each([
    ["JPY", 0],
    ["KRW", 0],
    ["ISK", 0],
    ["VND", 0],
    ["CLP", 0],
    ["UGX", 0],
    ["XAF", 0],
    ["XOF", 0],
    ["EUR", 2],
    ["USD", 2],
    ["GBP", 2],
    ["CHF", 2],
    ["BHD", 3],
    ["KWD", 3],
    ["OMR", 3],
    ["JOD", 3],
    ["TND", 3],
    ["IQD", 3],
    ["LYD", 3],
  ])("%s has %i decimals", (currency, exponent) => {
    expect(currencyExponent(currency)).toBe(exponent);
  });
});

describe("toMinor", () => {
  it.each([
    [19.99, "USD", 1999],
    [19.99, "EUR", 1999],
    [0, "EUR", 0],
    [1, "USD", 100],
    [1999, "JPY", 1999],
    [1.999, "KWD", 1999],
    [0.001, "KWD", 1],
    [12.5, "BHD", 12500],
    [1_000_000_000, "EUR", 100_000_000_000],
  ])("%s %s is %i minor units", (major, currency, minor) => {
    expect(toMinor(major, currency)).toBe(minor);
  });

  it("does not fall into binary floating-point traps", () => {
    // 0.1 + 0.2 is 0.30000000000000004; naive Math.round((0.1 + 0.2) * 100) happens to work, but the next two do not.
    expect(toMinor(0.1 + 0.2, "USD")).toBe(30);
    // 1.005 * 100 is 100.49999999999999, so Math.round gives 100; the decimal 1.005 rounds half-up to 101.
    expect(Math.round(1.005 * 100)).toBe(100);
    expect(toMinor(1.005, "USD")).toBe(101);
    // 4.35 * 100 is 434.99999999999994.
    expect(Math.trunc(4.35 * 100)).toBe(434);
    expect(toMinor(4.35, "EUR")).toBe(435);
    expect(toMinor(1.15, "EUR")).toBe(115);
    expect(toMinor(8.675, "KWD")).toBe(8675);
  });

  it("rounds extra decimals half away from zero on the decimal digits", () => {
    expect(toMinor(1.004, "USD")).toBe(100);
    expect(toMinor(1.0049999, "USD")).toBe(100);
    expect(toMinor(0.5, "JPY")).toBe(1);
    expect(toMinor(0.49, "JPY")).toBe(0);
    expect(toMinor(-1.005, "USD")).toBe(-101);
    expect(toMinor(1.0005, "KWD")).toBe(1001);
  });

  it("accepts decimal strings such as CSV cells", () => {
    expect(toMinor("19.99", "EUR")).toBe(1999);
    expect(toMinor(" 7 ", "EUR")).toBe(700);
    expect(toMinor("1.005", "USD")).toBe(101);
    expect(toMinor("0019.90", "EUR")).toBe(1990);
    expect(toMinor("123456789012.345", "KWD")).toBe(123456789012345);
  });

  it("handles numbers JavaScript prints in exponent notation", () => {
    expect(toMinor(1e-7, "EUR")).toBe(0);
    expect(toMinor(5e-3, "USD")).toBe(1);
    expect(toMinor(1e15, "JPY")).toBe(1_000_000_000_000_000);
    // Beyond 2^53 minor units cannot be represented exactly, so it is refused rather than rounded.
    expect(() => toMinor(1e21, "JPY")).toThrow(/too large/);
  });

  it("refuses what is not a decimal amount", () => {
    expect(() => toMinor("12,50", "EUR")).toThrow(RangeError);
    expect(() => toMinor("€5", "EUR")).toThrow(RangeError);
    expect(() => toMinor(Number.NaN, "EUR")).toThrow(RangeError);
    expect(() => toMinor(Number.POSITIVE_INFINITY, "EUR")).toThrow(RangeError);
  });
});

describe("half a minor unit, in every exponent", () => {
  // Each of these is written with exactly one digit more than the currency has, and that digit is 5,
  // so it must round up. Most are not representable in binary floating point, and naive scaling
  // (Math.round(x * 10 ** e)) lands just below the half and rounds down.
  const HALVES: [major: number, currency: string, minor: number][] = [
    [0.5, "JPY", 1],
    [1.5, "JPY", 2],
    [2.5, "JPY", 3],
    [1234.5, "KRW", 1235],
    [1.005, "EUR", 101],
    [2.675, "EUR", 268],
    [1.015, "USD", 102],
    [0.285, "EUR", 29],
    [1.255, "GBP", 126],
    [8.345, "EUR", 835],
    [10.005, "EUR", 1001],
    [1.0005, "KWD", 1001],
    [2.0005, "BHD", 2001],
    [1.2345, "KWD", 1235],
    [0.0005, "OMR", 1],
    [0.5045, "KWD", 505],
    [2.0235, "BHD", 2024],
    [4.0325, "TND", 4033],
    [1.00005, "CLF", 10001],
    [0.00145, "CLF", 15],
  ];

  it.each(HALVES)("%s %s is %i minor units", (major, currency, minor) => {
    expect(toMinor(major, currency)).toBe(minor);
    expect(toMinor(String(major), currency)).toBe(minor);
    expect(toMinor(-major, currency)).toBe(-minor);
    // The engine and the app share the one conversion.
    expect(toMinorUnits(major, currencyExponent(currency))).toBe(minor);
  });

  it("the cases really are traps for naive scaling", () => {
    const naive = HALVES.filter(([major, currency, minor]) => Math.round(major * 10 ** currencyExponent(currency)) !== minor);
    expect(naive.map(([major, currency]) => `${major} ${currency}`)).toEqual([
      "1.005 EUR",
      "1.015 USD",
      "0.285 EUR",
      "1.255 GBP",
      "0.5045 KWD",
      "2.0235 BHD",
      "4.0325 TND",
      "0.00145 CLF",
    ]);
  });

  it("just below half rounds down", () => {
    expect(toMinor(1.0049, "EUR")).toBe(100);
    expect(toMinor(1.00049, "KWD")).toBe(1000);
    expect(toMinor(0.49, "JPY")).toBe(0);
  });

  it("formats half-cent amounts the same way it converts them", () => {
    expect(formatMajor(1.005, "EUR")).toBe("€1.01");
    expect(formatMajor(2.5, "JPY")).toBe("JP¥3");
    expect(formatWithCode(toMinor(1.0005, "KWD"), "KWD")).toBe("1.001 KWD");
    expect(formatWithCode(toMinor(2.675, "EUR"), "EUR")).toBe("2.68 EUR");
  });
});

describe("toMajor", () => {
  it.each([
    [1999, "USD", 19.99],
    [1999, "JPY", 1999],
    [1999, "KWD", 1.999],
    [5, "EUR", 0.05],
    [1, "KWD", 0.001],
    [0, "EUR", 0],
    [-5, "EUR", -0.05],
    [-123456, "BHD", -123.456],
    [100_000_000_000, "EUR", 1_000_000_000],
  ])("%i minor %s is %s", (minor, currency, major) => {
    expect(toMajor(minor, currency)).toBe(major);
  });

  it("round-trips every cent of a range through toMinor", () => {
    const broken: string[] = [];
    for (let minor = 0; minor <= 20_000; minor += 1) {
      for (const currency of ["EUR", "KWD"]) if (toMinor(toMajor(minor, currency), currency) !== minor) broken.push(`${minor} ${currency}`);
    }
    expect(broken).toEqual([]);
  });

  it("refuses non-integer minor units", () => {
    expect(() => toMajor(1.5, "EUR")).toThrow(RangeError);
  });
});

describe("decimal checks", () => {
  it("counts decimals as written", () => {
    expect(decimalPlaces(19.99)).toBe(2);
    expect(decimalPlaces("19.990")).toBe(3);
    expect(decimalPlaces(0.1 + 0.2)).toBe(17);
    expect(decimalPlaces(1e-7)).toBe(7);
    expect(toDecimalString(1.5e-7)).toBe("0.00000015");
    expect(toDecimalString(2.5e21)).toBe("2500000000000000000000");
  });

  it("knows how many decimals each currency allows", () => {
    expect(fitsMinorUnit(19.99, "EUR")).toBe(true);
    expect(fitsMinorUnit(19.999, "EUR")).toBe(false);
    expect(fitsMinorUnit(1.5, "JPY")).toBe(false);
    expect(fitsMinorUnit(1500, "JPY")).toBe(true);
    expect(fitsMinorUnit(1.999, "KWD")).toBe(true);
    expect(fitsMinorUnit(0.1 + 0.2, "USD")).toBe(false);
  });

  it("formats minor units for display", () => {
    expect(formatMinor(1999, "EUR")).toBe("€19.99");
    expect(formatMinor(1999, "JPY")).toBe("JP¥1,999");
    expect(formatMinor(1999, "KWD")).toMatch(/^KWD\s1\.999$/);
  });
});
