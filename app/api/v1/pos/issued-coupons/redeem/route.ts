// POST /api/v1/pos/issued-coupons/redeem: redeems a printed coupon by serial, exactly once (Erply
// 1040/1041/1045 otherwise). Never-issued serials count against the caller's guessing budget (429 past it).
import { ROLES } from "@/lib/auth/roles";
import { guardCodeLookups } from "@/lib/codes/unknown-code-limiter";
import { apiRoute, json } from "@/lib/http/api-route";
import { redeemIssuedCoupon } from "@/lib/pos/redeem-issued-coupon";
import { RedeemIssuedCouponInput } from "@/lib/pos/schemas";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { withRateLimitHeaders } from "@/lib/rate-limits/headers";

export const POST = apiRoute({ roles: ROLES.checkout, body: RedeemIssuedCouponInput }, async ({ actor, body, request }) => {
  const { answer, headers } = await guardCodeLookups(actor, request, [body.uniqueIdentifier], () => redeemIssuedCoupon(actor, body));
  return withRateLimitHeaders(json({ issuedCoupon: answer }), headers);
});

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
