// POST /api/v1/orders/{orderId}/failed: the order failed, so every redemption it made is reverted.
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, json } from "@/lib/http/api-route";
import { revertOrderRedemptions } from "@/lib/redemptions/revert-redemptions";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const POST = apiRoute<{ orderId: string }>({ roles: ROLES.checkout }, async ({ actor, params }) =>
  json({ redemptions: await revertOrderRedemptions(actor, params.orderId) }),
);

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
