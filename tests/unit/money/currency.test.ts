import { describe, expect, it } from "vitest";
import { currencyExponent, decimalPlaces, fitsMinorUnit, formatMinor, toDecimalString, toMajor, toMinor } from "@/lib/money/currency";

describe("currencyExponent", () => {
  it.each([
    ["JPY", 0], ["KRW", 0], ["ISK", 0], ["VND", 0], ["CLP", 0], ["UGX", 0], ["XAF", 0], ["XOF", 0],
    ["EUR", 2], ["USD", 2], ["GBP", 2], ["CHF", 2],
    ["BHD", 3], ["KWD", 3], ["OMR", 3], ["JOD", 3], ["TND", 3], ["IQD", 3], ["LYD", 3],
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
