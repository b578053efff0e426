// A scanned paper coupon through the real engine: the campaign as an offer per serial (lib/pos/campaign-offer.ts).
import { describe, expect, it } from "vitest";
import { campaignStores, issuedCouponCodeState, issuedCouponOffer, NO_STORE } from "@/lib/pos/campaign-offer";
import { prepareOffers, priceCart, type Category, type CodeState, type Offer } from "@/lib/pricing";

const campaign = (over: Partial<Parameters<typeof issuedCouponOffer>[0]> = {}) => ({
  id: "camp",
  name: "10% coupon",
  enabled: true,
  validFrom: "2026-01-01T00:00:00",
  validTo: "2026-12-31T23:59:59" as string | null,
  category: { kind: "CartLevelPercentage", discount: 10 } as Category,
  currency: "EUR",
  createdAt: new Date("2026-01-01T00:00:00Z"),
  warehouseId: null as string | null,
  storeGroupId: null as string | null,
  ...over,
});
const coupon = (serial: string, over: Partial<{ status: string; expiryDate: string | null }> = {}) => ({
  uniqueIdentifier: serial,
  status: "ACTIVE",
  expiryDate: null,
  ...over,
});

function price(
  entries: { offer: Offer; state: CodeState }[],
  couponCodes: string[],
  extra: {
    at?: string;
    storeId?: string;
    items?: { productId: string; price: number; quantity: number }[];
    usage?: Record<string, { uses: number; customerUses: number; spentMinor: number }>;
  } = {},
) {
  const codes = Object.fromEntries(entries.map((e) => [e.state.code, e.state]));
  return priceCart(
    prepareOffers(entries.map((e) => e.offer)),
    {
      currency: "EUR",
      couponCodes,
      storeId: extra.storeId ?? "hamburg",
      at: extra.at ?? "2026-06-01T10:00:00Z",
      items: extra.items ?? [{ productId: "p", price: 300, quantity: 1 }],
    },
    {
      now: "2026-06-01T10:00:00Z",
      tenantTimeZone: "Europe/Berlin",
      storeTimeZones: { hamburg: "Europe/Berlin" },
      exclusionList: [],
      codes,
      usage: extra.usage,
    },
  );
}
const entry = (
  serial: string,
  c = campaign(),
  over: Partial<{ status: string; expiryDate: string | null }> = {},
  stores: string[] = [],
) => {
  const offer = issuedCouponOffer(c, coupon(serial, over), stores);
  return { offer, state: issuedCouponCodeState(offer.id, coupon(serial, over)) };
};

describe("an issued coupon priced by the engine", () => {
  it("is held to its campaign's limits, counted under the campaign whichever coupon is scanned (contract §7)", () => {
    const limited = campaign({ limits: { redemptions: 2, budget: [{ currency: "EUR", amount: 50 }] } });
    const used = (uses: number, spentMinor: number) => ({ camp: { uses, customerUses: 0, spentMinor } });
    expect(price([entry("111", limited)], ["111"], { usage: used(1, 2000) }).rejectedCouponCodes).toEqual([]);
    expect(price([entry("222", limited)], ["222"], { usage: used(2, 0) }).rejectedCouponCodes[0].reason).toBe("redemption_limit_reached");
    // 30.00 off with 20.01 left: refused, not clipped.
    expect(price([entry("333", limited)], ["333"], { usage: used(1, 2999) }).rejectedCouponCodes[0].reason).toBe("budget_exhausted");
  });

  it("applies its campaign once", () => {
    const cart = price([entry("111")], ["111"]);
    expect(cart.totals.discount).toBe(30);
    expect(cart.trace).toEqual([expect.objectContaining({ id: "camp:111", name: "10% coupon", status: "applied", couponCode: "111" })]);
  });

  it("is refused as expired after its expiry date, and as used once redeemed", () => {
    expect(price([entry("111", campaign(), { expiryDate: "2026-05-31" })], ["111"]).rejectedCouponCodes[0]).toMatchObject({
      reason: "expired",
      message: "Code 111 ended on 2026-05-31 23:59 (store time).",
    });
    expect(price([entry("111", campaign(), { expiryDate: "2026-06-01" })], ["111"]).rejectedCouponCodes).toEqual([]);
    expect(price([entry("111", campaign({ validTo: "2026-05-01T00:00:00" }))], ["111"]).rejectedCouponCodes[0].reason).toBe("expired");
    expect(price([entry("111", campaign(), { status: "REDEEMED" })], ["111"]).rejectedCouponCodes[0].reason).toBe(
      "redemption_limit_reached",
    );
    expect(price([entry("111", campaign({ enabled: false }))], ["111"]).rejectedCouponCodes[0].reason).toBe("inactive");
  });

  it("respects the campaign's store scope and currency", () => {
    expect(price([entry("111", campaign({ warehouseId: "munich" }), {}, [])], ["111"]).rejectedCouponCodes[0].reason).toBe(
      "store_not_allowed",
    );
    expect(price([entry("111", campaign({ storeGroupId: "north" }), {}, ["hamburg", "berlin"])], ["111"]).rejectedCouponCodes).toEqual([]);
    expect(price([entry("111", campaign({ storeGroupId: "empty" }), {}, [])], ["111"]).rejectedCouponCodes[0].reason).toBe(
      "store_not_allowed",
    );
    expect(campaignStores({ warehouseId: null, storeGroupId: "empty" }, [])).toEqual([NO_STORE]);
    expect(campaignStores({ warehouseId: null, storeGroupId: null }, ["x"])).toEqual([]);
  });

  it("gives a buy-X-get-Y once per scanned coupon: two coupons, two free units", () => {
    const bogo = campaign({
      category: {
        kind: "BogoPercentage",
        buy: { quantity: 1, products: { productIds: ["apple"] } },
        get: { quantity: 1, products: { productIds: ["apple"] } },
        discount: 100,
      },
    });
    // One apple per line: the engine values a unit at what is left of its line, so separate lines keep each free apple at 1.00.
    const items = Array.from({ length: 6 }, () => ({ productId: "apple", price: 1, quantity: 1 }));
    expect(price([entry("1", bogo)], ["1"], { items }).totals.discount).toBe(1);
    expect(price([entry("1", bogo), entry("2", bogo)], ["1", "2"], { items }).totals.discount).toBe(2);
    // The same coupon scanned twice counts once.
    expect(price([entry("1", bogo)], ["1", "1"], { items }).rejectedCouponCodes[0]).toMatchObject({ code: "1", reason: "duplicate_code" });
  });
});
