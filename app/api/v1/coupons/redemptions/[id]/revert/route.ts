// POST /api/v1/coupons/redemptions/{id}/revert: gives the use back, once.
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, json } from "@/lib/http/api-route";
import { revertRedemption } from "@/lib/redemptions/revert-redemptions";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const POST = apiRoute<{ id: string }>({ roles: ROLES.checkout }, async ({ actor, params }) =>
  json({ redemption: await revertRedemption(actor, params.id) }),
);

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
