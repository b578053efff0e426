// Contract §7: the reservation request (the redemption body with `cart` required, and ttlSeconds) and
// its answer, shared by the route, the service and OpenAPI.
import { z } from "zod";
import { RedeemCodesFields, redemptionRules } from "@/lib/redemptions/schemas";
import { RedemptionView } from "@/lib/redemptions/view-schemas";

export const MIN_TTL_SECONDS = 60;
export const MAX_TTL_SECONDS = 86_400;
export const DEFAULT_TTL_SECONDS = 900;

export const ReserveCodesInput = RedeemCodesFields.omit({ reservationId: true })
  .extend({
    ttlSeconds: z
      .number({ error: "ttlSeconds must be a whole number of seconds" })
      .int("ttlSeconds must be a whole number of seconds")
      .min(MIN_TTL_SECONDS, `ttlSeconds must be at least ${MIN_TTL_SECONDS}`)
      .max(MAX_TTL_SECONDS, `ttlSeconds must be at most ${MAX_TTL_SECONDS}`)
      .default(DEFAULT_TTL_SECONDS),
  })
  .superRefine((input, ctx) => {
    redemptionRules(input, ctx);
    if (!input.cart) ctx.addIssue({ code: "custom", path: ["cart"], message: "A reservation needs the order's cart" });
    if (input.codes.length === 0) ctx.addIssue({ code: "custom", path: ["codes"], message: "Send at least one code to reserve" });
  });
export type ReserveCodesInput = z.infer<typeof ReserveCodesInput>;

export const RESERVATION_STATUSES = ["active", "confirmed", "released", "expired"] as const;

export const ReservationView = z.object({
  id: z.string(),
  orderId: z.string(),
  status: z.enum(RESERVATION_STATUSES),
  expiresAt: z.string(),
  createdAt: z.string(),
  endedAt: z.string().nullable(),
  redemptions: z.array(RedemptionView).describe("The ledger rows the reservation holds (status reserved, then redeemed or released)"),
});
export type ReservationView = z.output<typeof ReservationView>;
