// GET/PUT/DELETE /api/v0/d/discount_rules/{id}: read, overwrite or delete one v0 discount rule (409 while definitions use it).
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, json } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { getDiscountRuleOrThrow } from "@/lib/legacy/get-discount-rule-or-throw";
import { deleteDiscountRule, updateDiscountRule } from "@/lib/legacy/save-discount-rule";
import { DiscountRulePut } from "@/lib/legacy/view-schemas";

type Params = { id: string };

export const GET = apiRoute<Params>({ roles: ROLES.read }, async ({ actor, params }) =>
  json(await getDiscountRuleOrThrow(actor.tenantId, params.id)),
);

export const PUT = apiRoute<Params, undefined, typeof DiscountRulePut>(
  { roles: ROLES.write, body: DiscountRulePut },
  async ({ actor, params, body }) => json(await updateDiscountRule(actor, params.id, body)),
);

export const DELETE = apiRoute<Params>({ roles: ROLES.write }, async ({ actor, params }) => {
  await deleteDiscountRule(actor, params.id);
  return new Response(null, { status: 204 });
});

export const { POST, PATCH } = otherMethods({ GET, PUT, DELETE });
