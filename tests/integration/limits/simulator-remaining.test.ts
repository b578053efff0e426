// The simulator shows each limited offer's remaining uses and budget (contract §7), from the usage
// pricing reads (lib/limits/usage-cache.ts, at most 1 s stale).
import { describe, expect, it } from "vitest";
import { CartRequestSchema } from "@/lib/carts/schemas";
import { simulateCart } from "@/lib/carts/simulate-cart";
import { forgetUsage } from "@/lib/limits/usage-cache";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant } from "@/tests/factories/tenant";

const tenPercent = { kind: "CartLevelPercentage" as const, discount: 10 };
const cart = { currency: "EUR", items: [{ productId: "p", quantity: 1, price: 20 }] };

describe("simulator: remaining uses and budget", () => {
  it("gives each limited offer of the trace what it has left for this cart's customer and currency", async () => {
    const t = await makeTenant();
    const limits = { redemptions: 3, perCustomer: 2, budget: [{ currency: "EUR", amount: 10 }], window: "month" as const };
    const coupon = await makeOffer(t.tenantId, { family: "coupon", category: tenPercent, codes: ["LEFT"], limits });
    const plain = await makeOffer(t.tenantId, { family: "coupon", category: tenPercent, codes: ["FREE"] });
    await redeemCodes(t.actors.admin, { codes: ["LEFT"], orderId: "o1", consumerId: "ann", cart });
    forgetUsage();
    const simulated = await simulateCart(
      t.tenantId,
      CartRequestSchema.parse({ ...cart, customerId: "ann", couponCodes: ["LEFT", "FREE"] }),
    );
    expect(simulated.cart.trace.map((e) => e.id)).toEqual(expect.arrayContaining([coupon, plain]));
    expect(simulated.remaining).toEqual({
      [coupon]: {
        windowLabel: "this month",
        uses: { cap: 3, remaining: 2 },
        perCustomer: { cap: 2, remaining: 1 },
        budget: { currency: "EUR", capMinor: 1000, remainingMinor: 800 },
      },
    });
  });
});
