// The offer forms' starting `limits` (client-safe): the stored limits, or a coupon's lone maxRedemptions
// (the alias of limits.redemptions, contract §7) as its total redemptions. Budget rows are always a list
// so the form's rows can be added to.
import type { z } from "zod";
import type { Limits } from "@/lib/limits/schemas";

export type LimitsFormValues = z.input<typeof Limits>;

export function limitsFormValues(limits: Limits | null | undefined, maxRedemptions?: number | null): LimitsFormValues {
  const redemptions = limits?.redemptions ?? maxRedemptions ?? undefined;
  return { ...(limits ?? {}), ...(redemptions !== undefined ? { redemptions } : {}), budget: limits?.budget ?? [] };
}
