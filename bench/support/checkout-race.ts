// bench:checkout's race for limited codes: uses beyond a limit after many clients redeem at once, plus
// any mismatch between the redemption rows and the code and coupon counters. Must be 0.
import { CAPPED_LIMIT, type Seeded } from "@/bench/support/checkout-seed";
import type { Route } from "@/bench/support/load";
import type { Db } from "@/lib/db/client";

/** The old bench:redeem race: single-use codes each tried by 8 clients, and a capped coupon tried twice its cap;
 * `runRace` sends the route (64 clients, enough requests for that). */
export async function overRedemptions(client: Db, s: Seeded, runRace: (race: Route) => Promise<unknown>): Promise<number> {
  let i = 0;
  const race: Route = {
    path: "/api/v1/coupons/redemptions",
    body: () => {
      const n = i++;
      return JSON.stringify({
        codes: [n % 2 === 0 ? s.singleCodes[(n / 2) % s.singleCodes.length] : s.cappedCodes[((n - 1) / 2) % s.cappedCodes.length]],
        orderId: `race-${n}`,
      });
    },
  };
  await runRace(race);
  const overSingle = await client.couponCode.findMany({
    where: { tenantId: s.tenantId, offerId: s.singleUseCouponId, redemptions: { gt: 1 } },
  });
  const capped = await client.offer.findUniqueOrThrow({ where: { id: s.cappedCouponId } });
  // Code rows only: the automatic promotions' rows (budget phase carts) hold no code or coupon counter.
  const rows = await client.redemption.count({ where: { tenantId: s.tenantId, status: "redeemed", offerType: "coupon" } });
  const counted =
    (await client.couponCode.aggregate({ where: { tenantId: s.tenantId }, _sum: { redemptions: true } }))._sum.redemptions ?? 0;
  const offerCounted =
    (await client.offer.aggregate({ where: { tenantId: s.tenantId }, _sum: { redemptions: true } }))._sum.redemptions ?? 0;
  return (
    overSingle.reduce((sum, c) => sum + c.redemptions - 1, 0) +
    Math.max(0, capped.redemptions - CAPPED_LIMIT) +
    Math.abs(rows - counted) +
    Math.abs(rows - offerCounted)
  );
}
