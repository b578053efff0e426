// The offer forms' starting `limits` (client-safe, pure): the stored limits, or a coupon's lone maxRedemptions
// (the alias of limits.redemptions, contract §7) as its total redemptions, with budget rows always a list so
// the form can add to them; and what a save stores (no empty budget list, null when nothing is limited).
import type { z } from "zod";
import { hasLimits, type Limits } from "@/lib/limits/schemas";

export type LimitsFormValues = z.input<typeof Limits>;

/** What is stored: no empty budget list (the form always has one), null when nothing is limited. */
export function storedLimits(limits: Limits | null | undefined): Limits | null {
  if (!hasLimits(limits)) return null;
  const { budget, ...rest } = limits;
  return budget && budget.length > 0 ? { ...rest, budget } : rest;
}

export function limitsFormValues(limits: Limits | null | undefined, maxRedemptions?: number | null): LimitsFormValues {
  const redemptions = limits?.redemptions ?? maxRedemptions ?? undefined;
  return { ...(limits ?? {}), ...(redemptions !== undefined ? { redemptions } : {}), budget: limits?.budget ?? [] };
}
