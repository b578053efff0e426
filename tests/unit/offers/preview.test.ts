import { describe, expect, it } from "vitest";
import { changedFields } from "@/lib/offers/format-value";
import { blankOffer, defaultCategory, offerToFormValues, startOfToday } from "@/lib/offers/form-values";
import { describeOffer } from "@/lib/offers/preview";
import { PROMOTION_KINDS } from "@/lib/offers/category-schema";
import { CouponInput, PromotionInput, type OfferView } from "@/lib/offers/schemas";

const named = () => ({ ...blankOffer("coupon", "2026-12-01T00:00:00"), name: "New" });

describe("preview sentence", () => {
  it("reads like the issue's example", () => {
    const sentence = describeOffer(
      {
        category: { kind: "CartLevelPercentage", discount: 10 },
        currencies: [{ code: "EUR", minimumCartValue: 50 }],
        stores: ["a", "b", "c"],
        localizedTimezone: true,
        validFrom: "2026-12-01T09:00:00",
      },
      { zone: "Europe/Berlin" },
    );
    expect(sentence).toBe("10% off the cart for orders of at least 50.00 EUR, in 3 stores, from 1 Dec 2026, 09:00 store time");
  });

  it.each([
    [{ kind: "CartLevelFixed", discount: 5 }, [{ code: "EUR" }, { code: "JPY", amount: 800 }], "5.00 EUR / 800 JPY off the cart"],
    [
      { kind: "ProductLevelFixed", discount: 2, products: { productIds: ["SKU-1"] }, maxQuantity: 3 },
      [{ code: "KWD" }],
      "2.000 KWD off each unit of product SKU-1, up to 3 per line",
    ],
    [
      {
        kind: "BogoPercentage",
        buy: { quantity: 2, products: { categories: ["shoes"] } },
        get: { quantity: 1, products: { categories: ["socks"] } },
        discount: 100,
      },
      [{ code: "EUR" }],
      "Buy 2 of category shoes, get 1 of category socks free",
    ],
    [
      {
        kind: "BundleFixed",
        items: [
          { quantity: 1, products: { productIds: ["A"] } },
          { quantity: 2, products: { productIds: ["B", "C"] } },
        ],
        discount: 10,
      },
      [{ code: "USD" }],
      "10.00 USD off the bundle 1 × product A + 2 × products B, C",
    ],
    [{ kind: "FreeShipping", shippingOptions: ["standard"] }, [{ code: "EUR" }], "Free shipping with standard"],
  ])("describes %j", (category, currencies, start) => {
    expect(
      describeOffer(
        { category: category as never, currencies, validFrom: "2026-12-01T09:00:00+01:00", validTo: "2027-01-01T00:00:00+01:00" },
        { zone: "America/New_York" },
      ),
    ).toBe(`${start}, in all stores, from 1 Dec 2026, 03:00 America/New_York, until 31 Dec 2026, 18:00 America/New_York`);
  });

  it("survives a half-filled form", () => {
    expect(describeOffer({ category: { kind: "ProductLevelPercentage" }, currencies: [{}], validFrom: "2026-1" })).toBe(
      "A percentage off any product, in all stores",
    );
  });
});

describe("form values", () => {
  it("starts every kind from a default that only lacks the products", () => {
    for (const kind of PROMOTION_KINDS) {
      const values = { ...blankOffer("promotion", "2026-12-01T00:00:00"), name: "New", category: defaultCategory(kind) };
      const result = PromotionInput.safeParse(values);
      const fields = result.success ? [] : result.error.issues.map((i) => i.path.join("."));
      expect(
        fields.every((f) => f.endsWith("products")),
        `${kind}: ${fields}`,
      ).toBe(true);
    }
  });

  it("gives coupons their extra fields and round-trips a stored offer", () => {
    expect(CouponInput.safeParse(blankOffer("coupon", "2026-12-01T00:00:00")).error?.issues.map((i) => i.path.join("."))).toEqual(["name"]);
    expect(CouponInput.safeParse(named()).success).toBe(true);
    const view = {
      ...CouponInput.parse(named()),
      id: "x",
      tenant: "t",
      status: "Disabled",
      version: "v",
      createdAt: "",
      createdBy: "",
      updatedAt: "",
      updatedBy: "",
      codesCount: 0,
      redemptionsCount: 0,
      validTo: null,
      segment: null,
      maxRedemptions: null,
    } as OfferView;
    expect(CouponInput.parse(offerToFormValues(view))).toEqual(CouponInput.parse(named()));
    expect(startOfToday("Asia/Tokyo", "+09:00", new Date("2026-11-23T20:00:00Z"))).toBe("2026-11-24T00:00:00+09:00");
    expect(startOfToday("Asia/Tokyo", null, new Date("2026-11-23T20:00:00Z"))).toBe("2026-11-24T00:00:00");
  });

  it("starts a new offer the way the seeded ones are made: enabled, in store local time", () => {
    const blank = blankOffer("promotion", "2026-12-01T00:00:00");
    expect(blank.active).toBe(true);
    expect(blank.localizedTimezone).toBe(true);
  });

  it("says in the preview when the offer is disabled", () => {
    const draft = {
      active: false,
      category: { kind: "FreeShipping" as const },
      currencies: [{ code: "EUR" }],
      localizedTimezone: true,
      validFrom: "2026-12-01T00:00:00",
    };
    expect(describeOffer(draft)).toBe(
      "Disabled: it never applies until you enable it. When enabled: Free shipping, in all stores, from 1 Dec 2026, 00:00 store time",
    );
    expect(describeOffer({ ...draft, active: true })).toBe("Free shipping, in all stores, from 1 Dec 2026, 00:00 store time");
  });

  it("lists what another person changed for the conflict message", () => {
    const base = {
      ...CouponInput.parse(named()),
      id: "x",
      tenant: "t",
      status: "Disabled",
      version: "v",
      createdAt: "",
      createdBy: "",
      updatedAt: "",
      updatedBy: "",
      validTo: null,
      segment: null,
      maxRedemptions: null,
    } as OfferView;
    const theirs = { ...base, name: "Renamed", stores: ["berlin"], active: false, version: "w" };
    expect(changedFields(base, theirs)).toEqual([
      { field: "name", label: "Name", from: "New", to: "Renamed" },
      { field: "active", label: "Enabled", from: "yes", to: "no" },
      { field: "stores", label: "Stores", from: "none", to: "berlin" },
    ]);
  });
});
