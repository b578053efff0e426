// Contract §5: the redemption request, shared by the API and the console.
import { z } from "zod";
import { CartRequestSchema } from "@/lib/carts/schemas";
import { identifier, text } from "@/lib/validation/text";

export const RedeemCodesFields = z.strictObject({
  codes: z
    .array(text("A code").min(1, "A code cannot be empty").max(64, "A code has at most 64 characters"))
    .max(50, "At most 50 codes per order"),
  orderId: identifier("orderId").min(1, "orderId is required").max(100, "orderId must be at most 100 characters"),
  consumerId: identifier("consumerId").max(100, "consumerId must be at most 100 characters").optional(),
  channelType: identifier("channelType").max(30, "channelType must be at most 30 characters").optional(),
  catalogTotal: z.number().nonnegative("catalogTotal must be zero or more").max(1e9, "catalogTotal must be at most 1000000000").optional(),
  currency: text("currency")
    .regex(/^[A-Z]{3}$/, "currency must be a 3-letter ISO 4217 code")
    .optional(),
  storeId: identifier("storeId").max(64, "storeId must be at most 64 characters").optional(),
  /** Contract §5: the order's cart (the §4 request), priced at call time to record each offer's amount. */
  cart: CartRequestSchema.optional(),
  /** Contract §7: confirms this reservation (its held uses become redemptions; limits are not checked again). */
  reservationId: identifier("reservationId")
    .min(1, "reservationId must not be empty")
    .max(64, "reservationId must be at most 64 characters")
    .optional(),
});

export function redemptionRules(input: { codes: string[]; cart?: unknown; reservationId?: string }, ctx: z.RefinementCtx): void {
  if (input.codes.length === 0 && !input.cart && input.reservationId === undefined) {
    ctx.addIssue({ code: "custom", path: ["codes"], message: "Send at least one code (or a cart)" });
  }
  const seen = new Set<string>();
  input.codes.forEach((code, i) => {
    if (seen.has(code)) ctx.addIssue({ code: "custom", path: ["codes", i], message: `Code ${code} is listed twice` });
    seen.add(code);
  });
}

export const RedeemCodesInput = RedeemCodesFields.superRefine(redemptionRules);
export type RedeemCodesInput = z.infer<typeof RedeemCodesInput>;

export type { RedemptionView } from "@/lib/redemptions/view-schemas";
