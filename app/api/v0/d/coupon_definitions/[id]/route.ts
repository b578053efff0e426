// GET/PUT/DELETE /api/v0/d/coupon_definitions/{id}: read, overwrite or delete one definition (delete: 409 once a coupon of it was redeemed).
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, json } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { deleteCouponDefinition } from "@/lib/legacy/delete-coupon-definition";
import { getCouponDefinitionOrThrow } from "@/lib/legacy/get-coupon-definition-or-throw";
import { updateCouponDefinition } from "@/lib/legacy/save-coupon-definition";
import { CouponDefinitionPut } from "@/lib/legacy/view-schemas";

type Params = { id: string };

export const GET = apiRoute<Params>({ roles: ROLES.read }, async ({ actor, params }) =>
  json(await getCouponDefinitionOrThrow(actor.tenantId, params.id)),
);

export const PUT = apiRoute<Params, undefined, typeof CouponDefinitionPut>(
  { roles: ROLES.write, body: CouponDefinitionPut },
  async ({ actor, params, body }) => json(await updateCouponDefinition(actor, params.id, body)),
);

export const DELETE = apiRoute<Params>({ roles: ROLES.write }, async ({ actor, params }) => {
  await deleteCouponDefinition(actor, params.id);
  return new Response(null, { status: 204 });
});

export const { POST, PATCH } = otherMethods({ GET, PUT, DELETE });
