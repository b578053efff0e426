// POST /api/v1/pos/issued-coupons issues a printed coupon (serial, printing cost); GET lists them with the filters of reference §9.5.
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, created, json } from "@/lib/http/api-route";
import { listBody } from "@/lib/http/pagination";
import { issueCoupon } from "@/lib/pos/issue-coupon";
import { listIssuedCoupons } from "@/lib/pos/list-issued-coupons";
import { IssueCouponInput } from "@/lib/pos/schemas";
import { IssuedCouponListQuery } from "@/lib/pos/list-schemas";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const POST = apiRoute({ roles: ROLES.checkout, body: IssueCouponInput }, async ({ actor, body }) => {
  const issuedCoupon = await issueCoupon(actor, body);
  return created({ issuedCoupon }, `/api/v1/pos/issued-coupons?uniqueIdentifier=${encodeURIComponent(issuedCoupon.uniqueIdentifier)}`);
});

export const GET = apiRoute({ roles: [...ROLES.read, "pos"], query: IssuedCouponListQuery }, async ({ actor, query, url }) =>
  json(listBody(url, query, await listIssuedCoupons(actor.tenantId, query))),
);

export const { PUT, PATCH, DELETE } = otherMethods({ GET, POST });
