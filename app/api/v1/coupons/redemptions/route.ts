// POST /api/v1/coupons/redemptions: redeems all the given codes for an order, or none.
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, json } from "@/lib/http/api-route";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { RedeemCodesInput } from "@/lib/redemptions/schemas";

export const POST = apiRoute({ roles: ROLES.checkout, body: RedeemCodesInput }, async ({ actor, body }) => {
  const { redemptions, replayed } = await redeemCodes(actor, body);
  return json({ redemptions, replayed });
});
