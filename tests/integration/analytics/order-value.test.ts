// Average order value with and without an offer: the offer's orders against every other order (orders
// that used no offer included, reverted ones left out), per currency and bucket, with the store filter.
import { describe, expect, it } from "vitest";
import { HOUR_MS } from "@/lib/analytics/buckets";
import { getAverageOrderValue } from "@/lib/analytics/get-average-order-value";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { revertOrderRedemptions } from "@/lib/redemptions/revert-redemptions";
import { rollUpNow, setUp } from "@/tests/integration/analytics/support/rollup-fixtures";

const cart = (currency: string, price: number) => ({ currency, items: [{ productId: "p", quantity: 2, price }] });

describe("average order value", () => {
  it("compares an offer's orders with the others, per currency, leaving reverted orders out", async () => {
    const { t, offers } = await setUp();
    const redeem = (orderId: string, codes: string[], extra: Record<string, unknown>) =>
      redeemCodes(t.actors.admin, { codes, orderId, currency: "EUR", ...extra });
    await redeem("a1", ["ALPHA"], { cart: cart("EUR", 50), storeId: "north" }); // value: the cart's subtotal, 100.00
    await redeem("a2", ["ALPHA", "BETA"], { cart: cart("EUR", 10), catalogTotal: 200, storeId: "south" }); // catalogTotal wins: 200.00
    await redeem("b1", ["BETA"], { cart: cart("EUR", 150), storeId: "north" }); // 300.00
    await redeem("none", [], { cart: cart("EUR", 25), storeId: "north" }); // no offer: 50.00
    await redeem("usd", ["ALPHA"], { currency: "USD", cart: cart("USD", 40) }); // 80.00 USD
    await redeem("gone", ["ALPHA"], { cart: cart("EUR", 500) });
    await redeem("plain", ["ALPHA"], {}); // no cart, no catalogTotal: no value, not averaged
    await revertOrderRedemptions(t.actors.admin, "gone");
    await rollUpNow();

    const hour = Math.floor(Date.now() / HOUR_MS);
    const query = {
      granularity: "day" as const,
      from: new Date((hour - 24) * HOUR_MS).toISOString(),
      to: new Date((hour + 1) * HOUR_MS).toISOString(),
    };
    const alpha = await getAverageOrderValue(t.tenantId, { ...query, offerId: offers.ALPHA });
    expect(alpha.currencies).toEqual(["EUR", "USD"]);
    expect(alpha.offers).toEqual([
      {
        offerId: offers.ALPHA,
        label: "Offer ALPHA",
        currency: "EUR",
        with: { orders: 2, valueMinor: 30_000, averageMinor: 15_000 },
        without: { orders: 2, valueMinor: 35_000, averageMinor: 17_500 },
      },
      {
        offerId: offers.ALPHA,
        label: "Offer ALPHA",
        currency: "USD",
        with: { orders: 1, valueMinor: 8_000, averageMinor: 8_000 },
        without: { orders: 0, valueMinor: 0, averageMinor: null },
      },
    ]);
    const buckets = alpha.points.filter((p) => p.values.EUR.all.orders > 0);
    expect(buckets).toHaveLength(1);
    expect(buckets[0].values.EUR).toEqual({
      all: { orders: 4, valueMinor: 65_000, averageMinor: 16_250 },
      with: { orders: 2, valueMinor: 30_000, averageMinor: 15_000 },
      without: { orders: 2, valueMinor: 35_000, averageMinor: 17_500 },
    });

    // The page without an offer: the offers used by the most orders, each against the rest.
    const page = await getAverageOrderValue(t.tenantId, query);
    expect(page.offerId).toBeNull();
    expect(page.offers.map((o) => [o.label, o.currency, o.with.averageMinor, o.without.averageMinor])).toEqual([
      ["Offer ALPHA", "EUR", 15_000, 17_500],
      ["Offer ALPHA", "USD", 8_000, null],
      ["Offer BETA", "EUR", 25_000, 7_500],
    ]);
    expect(page.points.find((p) => p.values.EUR.all.orders > 0)?.values.EUR.with).toBeNull();

    // Store north: a1 (ALPHA), b1 and the no-offer order.
    const north = await getAverageOrderValue(t.tenantId, { ...query, offerId: offers.ALPHA, storeId: "north" });
    expect(north.offers.find((o) => o.currency === "EUR")).toMatchObject({
      with: { orders: 1, averageMinor: 10_000 },
      without: { orders: 2, averageMinor: 17_500 },
    });
  });
});
