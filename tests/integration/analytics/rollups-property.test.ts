// Property: after a random mix of redemptions (some of orders that use no offer), reverts, reservations,
// their releases (DELETE) and confirmations, with rollup runs in between, the usage rollups' counts and
// amounts and the order rollup's orders and values, per currency at every grain, equal a recount of the
// ledger (and of the no-offer orders' carts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { revertOrderRedemptions } from "@/lib/redemptions/revert-redemptions";
import { releaseReservation } from "@/lib/reservations/release-reservation";
import { reserveCodes } from "@/lib/reservations/reserve-codes";
import { ReserveCodesInput } from "@/lib/reservations/schemas";
import {
  CHANNELS,
  CODES,
  orderRows,
  recount,
  recountOrders,
  rollUpNow,
  rollupRows,
  setUp,
  STORES,
} from "@/tests/integration/analytics/support/rollup-fixtures";

const order = {
  store: fc.option(fc.constantFrom(...STORES), { nil: undefined }),
  channel: fc.option(fc.constantFrom(...CHANNELS), { nil: undefined }),
  currency: fc.constantFrom("EUR", "USD"),
  price: fc.integer({ min: 1, max: 500 }),
  // Sent or not: without it the order's value is the cart's subtotal.
  catalogTotal: fc.option(fc.integer({ min: 1, max: 900 }), { nil: undefined }),
};
const step = fc.oneof(
  // No code: an order that uses no offer (its cart keeps its value).
  fc.record({ op: fc.constant("redeem" as const), codes: fc.subarray(CODES), ...order }),
  fc.record({ op: fc.constant("reserve" as const), codes: fc.subarray(CODES, { minLength: 1 }), ...order }),
  fc.record({ op: fc.constant("revert" as const), pick: fc.nat() }),
  fc.record({ op: fc.constant("release" as const), pick: fc.nat() }),
  fc.record({ op: fc.constant("confirm" as const), pick: fc.nat() }),
  // Windows of a few changes as well as the job's own bound: an order's uses then fall in several windows.
  fc.record({ op: fc.constant("rollup" as const), windowChanges: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }) }),
);
type OrderStep = { codes: string[]; store?: string; channel?: string; currency: string; price: number; catalogTotal?: number };

const body = (orderId: string, s: OrderStep) => ({
  codes: s.codes,
  orderId,
  storeId: s.store,
  channelType: s.channel,
  currency: s.currency,
  catalogTotal: s.catalogTotal,
  cart: { currency: s.currency, items: [{ productId: "p", quantity: 1, price: s.price }] },
});

describe("rollups against the ledger", () => {
  it("property: redemptions, reverts, reservations, releases and confirmations with runs in between leave rollups equal to a recount", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        const { t } = await setUp();
        const redeemed: string[] = [];
        const held: { id: string; orderId: string }[] = [];
        const take = <T>(list: T[], pick: number) => list.splice(pick % list.length, 1)[0];
        for (const [i, s] of steps.entries()) {
          if (s.op === "redeem") {
            await redeemCodes(t.actors.admin, body(`order-${i}`, s));
            redeemed.push(`order-${i}`);
          } else if (s.op === "reserve") {
            const reservation = await reserveCodes(t.actors.admin, ReserveCodesInput.parse(body(`held-${i}`, s)));
            held.push({ id: reservation.id, orderId: `held-${i}` });
          } else if (s.op === "revert" && redeemed.length) {
            await revertOrderRedemptions(t.actors.admin, take(redeemed, s.pick));
          } else if (s.op === "release" && held.length) {
            await releaseReservation(t.actors.admin, take(held, s.pick).id);
          } else if (s.op === "confirm" && held.length) {
            const h = take(held, s.pick);
            await redeemCodes(t.actors.admin, { codes: [], orderId: h.orderId, reservationId: h.id });
            redeemed.push(h.orderId);
          } else if (s.op === "rollup") {
            await rollUpNow({ windowChanges: s.windowChanges });
          }
        }
        await rollUpNow();
        expect(await rollupRows(t.tenantId)).toEqual(await recount(t.tenantId));
        expect(await orderRows(t.tenantId)).toEqual(await recountOrders(t.tenantId));
      }),
      { numRuns: 15 },
    );
  });
});
