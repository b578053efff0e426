// Redemption converts catalogTotal with the one money conversion the engine uses: half a minor unit
// rounds up on the decimal digits, so 1.005 EUR is 101 cents (binary floating point makes
// 1.005 * 100 = 100.49999999999999, which naive rounding turned into 100).
import { describe, expect, it } from "vitest";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant } from "@/tests/factories/tenant";

const cartLevel = { kind: "CartLevelPercentage" as const, discount: 10 };

describe("redemption money", () => {
  it.each([
    { currency: "EUR", minimum: 1.01, atHalf: 1.005, below: 1.0049, stored: 1.01 },
    { currency: "KWD", minimum: 1.001, atHalf: 1.0005, below: 1.00049, stored: 1.001 },
    { currency: "JPY", minimum: 3, atHalf: 2.5, below: 2.49, stored: 3 },
  ])(
    "$currency: a catalogTotal half a minor unit below the minimum rounds up to it",
    async ({ currency, minimum, atHalf, below, stored }) => {
      const t = await makeTenant();
      await makeOffer(t.tenantId, {
        family: "coupon",
        category: cartLevel,
        currencies: [{ code: currency, minimumCartValue: minimum }],
        codes: ["HALF"],
      });
      await expect(redeemCodes(t.actors.admin, { codes: ["HALF"], orderId: "below", currency, catalogTotal: below })).rejects.toMatchObject(
        { causes: [{ code: "minimum_not_reached" }] },
      );
      const { redemptions } = await redeemCodes(t.actors.admin, { codes: ["HALF"], orderId: "half", currency, catalogTotal: atHalf });
      expect(redemptions).toEqual([expect.objectContaining({ code: "HALF", catalogTotal: stored, currency })]);
    },
  );
});
