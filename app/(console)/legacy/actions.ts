"use server";
// Thin actions for the legacy coupons console: parse with the same schemas as the v0 REST API, authorize,
// call one operation, refresh the pages that show it.
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { ROLES } from "@/lib/auth/roles";
import { getGenerationJob } from "@/lib/legacy/console-detail";
import { deleteCouponDefinition } from "@/lib/legacy/delete-coupon-definition";
import { generateLegacyCoupons } from "@/lib/legacy/generate-legacy-coupons";
import { createCouponDefinition, updateCouponDefinition } from "@/lib/legacy/save-coupon-definition";
import { createDiscountRule, deleteDiscountRule, updateDiscountRule } from "@/lib/legacy/save-discount-rule";
import { CouponDefinitionInput, DiscountRuleInput } from "@/lib/legacy/schemas";
import { updateLegacyCoupon } from "@/lib/legacy/update-legacy-coupon";
import { parseOrThrow } from "@/lib/zod-issues";

export async function createDiscountRuleAction(input: unknown) {
  const result = await runAction(ROLES.write, (actor) => createDiscountRule(actor, parseOrThrow(DiscountRuleInput, input)));
  revalidatePath("/legacy");
  return result;
}

export async function updateDiscountRuleAction(id: string, input: unknown) {
  const result = await runAction(ROLES.write, (actor) => updateDiscountRule(actor, String(id), parseOrThrow(DiscountRuleInput, input)));
  revalidatePath("/legacy");
  return result;
}

export async function deleteDiscountRuleAction(id: string) {
  const result = await runAction(ROLES.write, (actor) => deleteDiscountRule(actor, String(id)));
  revalidatePath("/legacy");
  return result;
}

export async function createDefinitionAction(input: unknown) {
  const result = await runAction(ROLES.write, (actor) => createCouponDefinition(actor, parseOrThrow(CouponDefinitionInput, input)));
  revalidatePath("/legacy/definitions");
  return result;
}

export async function updateDefinitionAction(id: string, input: unknown) {
  const result = await runAction(ROLES.write, (actor) =>
    updateCouponDefinition(actor, String(id), parseOrThrow(CouponDefinitionInput, input)),
  );
  revalidatePath("/legacy/definitions");
  return result;
}

export async function deleteDefinitionAction(id: string) {
  const result = await runAction(ROLES.write, (actor) => deleteCouponDefinition(actor, String(id)));
  revalidatePath("/legacy/definitions");
  return result;
}

export async function generateCouponsAction(templateId: string, count: number) {
  const result = await runAction(ROLES.write, (actor) => generateLegacyCoupons(actor, String(templateId), Number(count)));
  revalidatePath(`/legacy/definitions/${templateId}`);
  return result;
}

export async function generationProgressAction(jobId: string) {
  return runAction(ROLES.read, (actor) => getGenerationJob(actor.tenantId, String(jobId)));
}

export async function setCouponEnabledAction(id: string, enabled: boolean) {
  const result = await runAction(ROLES.write, (actor) => updateLegacyCoupon(actor, String(id), { is_enabled: Boolean(enabled) }));
  revalidatePath(`/legacy/coupons/${id}`);
  return result;
}
