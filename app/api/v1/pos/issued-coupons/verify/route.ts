// POST /api/v1/pos/issued-coupons/verify: may this printed coupon be accepted now? (Erply 1040/1041/1045
// otherwise.) Never-issued serials count against the caller's guessing budget (429 past it).
import { ROLES } from "@/lib/auth/roles";
import { guardCodeLookups } from "@/lib/codes/unknown-code-limiter";
import { apiRoute, json } from "@/lib/http/api-route";
import { verifyIssuedCoupon } from "@/lib/pos/redeem-issued-coupon";
import { VerifyIssuedCouponInput } from "@/lib/pos/schemas";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { withRateLimitHeaders } from "@/lib/rate-limits/headers";

export const POST = apiRoute({ roles: ROLES.checkout, body: VerifyIssuedCouponInput }, async ({ actor, body, request }) => {
  const { answer, headers } = await guardCodeLookups(actor, request, [body.uniqueIdentifier], () =>
    verifyIssuedCoupon(actor.tenantId, body),
  );
  return withRateLimitHeaders(json({ issuedCoupon: answer }), headers);
});

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
