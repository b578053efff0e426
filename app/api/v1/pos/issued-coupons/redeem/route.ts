// POST /api/v1/pos/issued-coupons/redeem: redeems a printed coupon by serial, exactly once (Erply 1040/1041/1045 otherwise).
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, json } from "@/lib/http/api-route";
import { redeemIssuedCoupon } from "@/lib/pos/redeem-issued-coupon";
import { RedeemIssuedCouponInput } from "@/lib/pos/schemas";

export const POST = apiRoute({ roles: ROLES.checkout, body: RedeemIssuedCouponInput }, async ({ actor, body }) => json({ issuedCoupon: await redeemIssuedCoupon(actor, body) }));
