// Output schema of a redemption (contract §5): what toRedemptionView returns (its type is z.output of
// this) and what OpenAPI documents.
import { z } from "zod";

export const RedemptionView = z.object({
  id: z.string(),
  code: z
    .string()
    .describe('The code redeemed; "" on the row of an automatic promotion (offerType promotion), which the order used with no code'),
  couponId: z.string().describe("The offer this row counts against: the coupon, legacy definition or automatic promotion"),
  orderId: z.string(),
  consumerId: z.string().nullable(),
  channelType: z.string().nullable(),
  storeId: z.string().nullable(),
  catalogTotal: z.number().nullable().describe("Major units of `currency`"),
  currency: z.string().nullable(),
  status: z.enum(["redeemed", "reverted", "reserved", "released"]),
  createdAt: z.string(),
  revertedAt: z.string().nullable(),
  offerType: z.enum(["coupon", "legacy_coupon", "promotion", "pos_campaign"]).describe("What couponId names (contract §7 ledger)"),
  amount: z.number().nullable().describe("Discount given, major units of `currency`; null when the redemption carried no cart"),
});
export type RedemptionView = z.output<typeof RedemptionView>;

export const RedemptionsAnswer = z.object({
  redemptions: z
    .array(RedemptionView)
    .describe("One row per code, in the order of `codes`, then one per automatic promotion the order's cart got (contract §5)"),
  replayed: z
    .boolean()
    .describe(
      "true when every (orderId, code), and the order's automatic promotions when a cart is sent, had been recorded before: the first result, returned again",
    ),
});
