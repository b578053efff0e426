"use server";
// Thin actions for the POS console: parse with the same schemas as the REST API, authorize, call one
// operation, refresh the lists.
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { ROLES } from "@/lib/auth/roles";
import { issueCoupon } from "@/lib/pos/issue-coupon";
import { createCampaign, updateCampaign } from "@/lib/pos/save-campaign";
import { createCouponRule, updateCouponRule } from "@/lib/pos/save-coupon-rule";
import { CampaignInput, CampaignUpdate, CouponRuleInput, CouponRuleUpdate, IssueCouponInput } from "@/lib/pos/schemas";
import { parseOrThrow } from "@/lib/zod-issues";

export async function createCampaignAction(input: unknown) {
  const result = await runAction(ROLES.write, (actor) => createCampaign(actor, parseOrThrow(CampaignInput, input)));
  revalidatePath("/pos/campaigns");
  return result;
}

export async function updateCampaignAction(id: string, input: unknown) {
  const result = await runAction(ROLES.write, (actor) => updateCampaign(actor, String(id), parseOrThrow(CampaignUpdate, input)));
  revalidatePath("/pos/campaigns");
  return result;
}

export async function createCouponRuleAction(input: unknown) {
  const result = await runAction(ROLES.write, (actor) => createCouponRule(actor, parseOrThrow(CouponRuleInput, input)));
  revalidatePath("/pos");
  return result;
}

export async function updateCouponRuleAction(id: string, input: unknown) {
  const result = await runAction(ROLES.write, (actor) => updateCouponRule(actor, String(id), parseOrThrow(CouponRuleUpdate, input)));
  revalidatePath("/pos");
  return result;
}

export async function issueCouponAction(input: unknown) {
  const result = await runAction(ROLES.checkout, (actor) => issueCoupon(actor, parseOrThrow(IssueCouponInput, input)));
  revalidatePath("/pos/issued");
  return result;
}
