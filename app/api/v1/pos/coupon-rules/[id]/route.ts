// GET/PUT /api/v1/pos/coupon-rules/{id}: read or replace one coupon rule (PUT needs the version read last).
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, json } from "@/lib/http/api-route";
import { getCouponRuleOrThrow } from "@/lib/pos/get-coupon-rule-or-throw";
import { updateCouponRule } from "@/lib/pos/save-coupon-rule";
import { CouponRulePut } from "@/lib/pos/view-schemas";
import { otherMethods } from "@/lib/http/method-not-allowed";

type Params = { id: string };

export const GET = apiRoute<Params>({ roles: ROLES.read }, async ({ actor, params }) =>
  json({ couponRule: await getCouponRuleOrThrow(actor.tenantId, params.id) }),
);

export const PUT = apiRoute<Params, undefined, typeof CouponRulePut>(
  { roles: ROLES.write, body: CouponRulePut },
  async ({ actor, params, body }) => json({ couponRule: await updateCouponRule(actor, params.id, body) }),
);

export const { POST, PATCH, DELETE } = otherMethods({ GET, PUT });
