// OpenAPI registration of the POS coupon routes (Erply-style rules, campaigns, issued coupons).
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { registerSimpleRoutes } from "@/lib/openapi/simple-routes";
import { CampaignInput, CampaignUpdate, CouponRuleInput, CouponRuleUpdate, EvaluateSaleInput, IssueCouponInput, RedeemIssuedCouponInput, VerifyIssuedCouponInput } from "@/lib/pos/schemas";

export function registerPosRoutes(registry: OpenAPIRegistry): void {
  const pos = "/api/v1/pos";
  registerSimpleRoutes(registry, "POS coupons", [
    { method: "post", path: `${pos}/campaigns`, summary: "Create a coupon campaign", body: CampaignInput, answers: "{ campaign }", status: 201 },
    { method: "get", path: `${pos}/campaigns`, summary: "List campaigns", answers: "{ items, pagination, links }" },
    { method: "get", path: `${pos}/campaigns/{id}`, summary: "One campaign", answers: "{ campaign }" },
    { method: "put", path: `${pos}/campaigns/{id}`, summary: "Replace a campaign (needs version)", body: CampaignUpdate, answers: "{ campaign }" },
    { method: "post", path: `${pos}/coupon-rules`, summary: "Create a coupon rule", body: CouponRuleInput, answers: "{ couponRule }", status: 201 },
    { method: "get", path: `${pos}/coupon-rules`, summary: "List coupon rules", answers: "{ items, pagination, links }" },
    { method: "get", path: `${pos}/coupon-rules/{id}`, summary: "One coupon rule", answers: "{ couponRule }" },
    { method: "put", path: `${pos}/coupon-rules/{id}`, summary: "Replace a coupon rule (needs version)", body: CouponRuleUpdate, answers: "{ couponRule }" },
    { method: "post", path: `${pos}/coupon-rules/evaluate`, summary: "Which coupons a completed sale prints", body: EvaluateSaleInput, answers: "{ coupons }" },
    { method: "post", path: `${pos}/issued-coupons`, summary: "Issue (print) a coupon with a unique serial", body: IssueCouponInput, answers: "{ issuedCoupon }", status: 201 },
    { method: "get", path: `${pos}/issued-coupons`, summary: "Search issued coupons", answers: "{ items, pagination, links }" },
    { method: "post", path: `${pos}/issued-coupons/verify`, summary: "Verify a serial (errors 1040, 1041, 1045)", body: VerifyIssuedCouponInput, answers: "{ issuedCoupon }", rateLimited: true },
    { method: "post", path: `${pos}/issued-coupons/redeem`, summary: "Redeem a serial, once", body: RedeemIssuedCouponInput, answers: "{ issuedCoupon }", rateLimited: true },
  ]);
}
