// OpenAPI registration of the POS coupon routes (Erply-style rules, campaigns, issued coupons).
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { listEnvelope, named } from "@/lib/openapi/registry";
import { registerSimpleRoutes } from "@/lib/openapi/simple-routes";
import {
  CampaignInput,
  CouponRuleInput,
  EvaluateSaleInput,
  IssueCouponInput,
  RedeemIssuedCouponInput,
  VerifyIssuedCouponInput,
} from "@/lib/pos/schemas";
import { CampaignListQuery, CouponRuleListQuery, IssuedCouponListQuery } from "@/lib/pos/list-schemas";
import { CampaignPut, CampaignView, CouponRulePut, CouponRuleView, IssuedCouponView, SaleEvaluationView } from "@/lib/pos/view-schemas";

export function registerPosRoutes(registry: OpenAPIRegistry): void {
  const pos = "/api/v1/pos";
  const campaign = named("PosCampaign", CampaignView);
  const couponRule = named("PosCouponRule", CouponRuleView);
  const issuedCoupon = named("IssuedCoupon", IssuedCouponView);
  const oneCampaign = z.object({ campaign });
  const oneRule = z.object({ couponRule });
  const oneIssued = z.object({ issuedCoupon });
  registerSimpleRoutes(registry, "POS coupons", [
    {
      method: "post",
      path: `${pos}/campaigns`,
      summary: "Create a coupon campaign",
      body: named("PosCampaignInput", CampaignInput),
      answers: "{ campaign }",
      schema: oneCampaign,
      status: 201,
    },
    {
      method: "get",
      path: `${pos}/campaigns`,
      summary: "List campaigns",
      query: CampaignListQuery,
      answers: "{ items, pagination, links }",
      schema: listEnvelope(campaign),
    },
    { method: "get", path: `${pos}/campaigns/{id}`, summary: "One campaign", answers: "{ campaign }", schema: oneCampaign },
    {
      method: "put",
      path: `${pos}/campaigns/{id}`,
      summary: "Replace a campaign (needs version)",
      body: named("PosCampaignUpdate", CampaignPut),
      answers: "{ campaign }",
      schema: oneCampaign,
    },
    {
      method: "post",
      path: `${pos}/coupon-rules`,
      summary: "Create a coupon rule",
      body: named("PosCouponRuleInput", CouponRuleInput),
      answers: "{ couponRule }",
      schema: oneRule,
      status: 201,
    },
    {
      method: "get",
      path: `${pos}/coupon-rules`,
      summary: "List coupon rules",
      query: CouponRuleListQuery,
      answers: "{ items, pagination, links }",
      schema: listEnvelope(couponRule),
    },
    { method: "get", path: `${pos}/coupon-rules/{id}`, summary: "One coupon rule", answers: "{ couponRule }", schema: oneRule },
    {
      method: "put",
      path: `${pos}/coupon-rules/{id}`,
      summary: "Replace a coupon rule (needs version)",
      body: named("PosCouponRuleUpdate", CouponRulePut),
      answers: "{ couponRule }",
      schema: oneRule,
    },
    {
      method: "post",
      path: `${pos}/coupon-rules/evaluate`,
      summary: "Which coupons a completed sale prints",
      body: EvaluateSaleInput,
      answers: "{ storeId, localDate, coupons }",
      schema: SaleEvaluationView,
    },
    {
      method: "post",
      path: `${pos}/issued-coupons`,
      summary: "Issue (print) a coupon with a unique serial",
      body: IssueCouponInput,
      answers: "{ issuedCoupon }",
      schema: oneIssued,
      status: 201,
    },
    {
      method: "get",
      path: `${pos}/issued-coupons`,
      summary: "Search issued coupons",
      query: IssuedCouponListQuery,
      answers: "{ items, pagination, links }",
      schema: listEnvelope(issuedCoupon),
    },
    {
      method: "post",
      path: `${pos}/issued-coupons/verify`,
      summary: "Verify a serial (errors 1040, 1041, 1045)",
      body: VerifyIssuedCouponInput,
      answers: "{ issuedCoupon }",
      schema: oneIssued,
      rateLimited: true,
    },
    {
      method: "post",
      path: `${pos}/issued-coupons/redeem`,
      summary: "Redeem a serial, once; records its campaign's use (limits checked; send cart for a budgeted campaign)",
      body: RedeemIssuedCouponInput,
      answers: "{ issuedCoupon }",
      schema: oneIssued,
      rateLimited: true,
    },
  ]);
}
