"use server";
// Thin actions for a coupon's codes page: parse, authorize (admin or marketer), call one operation, refresh.
// CSV uploads do not come through here: the browser streams them to the REST route (no action body limit).
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { ROLES } from "@/lib/auth/roles";
import { addCodes } from "@/lib/codes/add-codes";
import { createGenerationJob } from "@/lib/codes/create-generation-job";
import { PatternInput } from "@/lib/codes/pattern";
import { AddCodesInput, SetCodesActiveInput } from "@/lib/codes/schemas";
import { setCodesActive } from "@/lib/codes/set-codes-active";
import { parseOrThrow } from "@/lib/zod-issues";

const page = (couponId: string) => `/coupons/${couponId}/codes`;

export async function addCodesAction(couponId: string, input: unknown) {
  const result = await runAction(ROLES.write, (actor) => addCodes(actor, couponId, parseOrThrow(AddCodesInput, input)));
  revalidatePath(page(couponId));
  return result;
}

export async function setCodesActiveAction(couponId: string, input: unknown) {
  const result = await runAction(ROLES.write, (actor) => {
    const { ids, active } = parseOrThrow(SetCodesActiveInput, input);
    return setCodesActive(actor, couponId, ids, active);
  });
  revalidatePath(page(couponId));
  return result;
}

export async function generateCodesAction(couponId: string, input: unknown) {
  const result = await runAction(ROLES.write, (actor) => createGenerationJob(actor, couponId, parseOrThrow(PatternInput, input)));
  revalidatePath(page(couponId));
  return result;
}
