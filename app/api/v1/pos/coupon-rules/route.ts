// POST /api/v1/pos/coupon-rules creates a coupon rule (Erply saveCoupon); GET lists them (q, campaignId, sort, count, page).
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, created, json } from "@/lib/http/api-route";
import { listBody } from "@/lib/http/pagination";
import { listCouponRules } from "@/lib/pos/list-coupon-rules";
import { createCouponRule } from "@/lib/pos/save-coupon-rule";
import { CouponRuleInput } from "@/lib/pos/schemas";
import { CouponRuleListQuery } from "@/lib/pos/list-schemas";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const POST = apiRoute({ roles: ROLES.write, body: CouponRuleInput }, async ({ actor, body }) => {
  const couponRule = await createCouponRule(actor, body);
  return created({ couponRule }, `/api/v1/pos/coupon-rules/${couponRule.id}`);
});

export const GET = apiRoute({ roles: ROLES.read, query: CouponRuleListQuery }, async ({ actor, query, url }) =>
  json(listBody(url, query, await listCouponRules(actor.tenantId, query))),
);

export const { PUT, PATCH, DELETE } = otherMethods({ GET, POST });
