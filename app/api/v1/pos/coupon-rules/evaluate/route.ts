// POST /api/v1/pos/coupon-rules/evaluate: which coupons a completed sale prints (reference §9.8); changes nothing.
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, json } from "@/lib/http/api-route";
import { evaluateSale } from "@/lib/pos/evaluate-sale";
import { EvaluateSaleInput } from "@/lib/pos/schemas";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const POST = apiRoute({ roles: ROLES.checkout, body: EvaluateSaleInput }, async ({ actor, body }) =>
  json(await evaluateSale(actor.tenantId, body)),
);

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
