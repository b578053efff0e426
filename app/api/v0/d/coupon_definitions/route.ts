// POST /api/v0/d/coupon_definitions creates a coupon definition (200 { id, label }); GET lists them (q, discount_rule_id, count, page).
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, json } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { listBody } from "@/lib/http/pagination";
import { listCouponDefinitions } from "@/lib/legacy/list-coupon-definitions";
import { createCouponDefinition } from "@/lib/legacy/save-coupon-definition";
import { CouponDefinitionInput, TemplateListQuery } from "@/lib/legacy/schemas";

export const POST = apiRoute({ roles: ROLES.write, body: CouponDefinitionInput }, async ({ actor, body }) => {
  const { id, label } = await createCouponDefinition(actor, body);
  return json({ id, label });
});

export const GET = apiRoute({ roles: ROLES.read, query: TemplateListQuery.omit({ kind: true }) }, async ({ actor, query, url }) =>
  json(listBody(url, query, await listCouponDefinitions(actor.tenantId, query))),
);

export const { PUT, PATCH, DELETE } = otherMethods({ GET, POST });
