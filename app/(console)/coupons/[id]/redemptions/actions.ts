"use server";
// Thin action for a coupon's redemptions page: revert one redemption (support undoing a checkout that
// did not go through), the same operation as POST /api/v1/coupons/redemptions/{id}/revert.
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { ROLES } from "@/lib/auth/roles";
import { revertRedemption } from "@/lib/redemptions/revert-redemptions";
import { identifier } from "@/lib/validation/text";
import { parseOrThrow } from "@/lib/zod-issues";

const Id = identifier("id").min(1).max(100);

export async function revertRedemptionAction(couponId: string, redemptionId: string) {
  return runAction(ROLES.checkout, async (actor) => {
    const coupon = parseOrThrow(Id, couponId);
    const redemption = await revertRedemption(actor, parseOrThrow(Id, redemptionId));
    revalidatePath(`/coupons/${coupon}/redemptions`);
    revalidatePath(`/coupons/${coupon}`);
    return redemption;
  });
}
