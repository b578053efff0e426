// Output schema of a redemption (contract §5): what toRedemptionView returns (its type is z.output of
// this) and what OpenAPI documents.
import { z } from "zod";

export const RedemptionView = z.object({
  id: z.string(),
  code: z.string(),
  couponId: z.string(),
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
  redemptions: z.array(RedemptionView),
  replayed: z.boolean().describe("true when every (orderId, code) had been redeemed before: the first result, returned again"),
});
