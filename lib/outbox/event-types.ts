// The event types of contract §9, each with the output schema of its `data` (what a webhook receiver
// gets under `data`, and what OpenAPI documents under `webhooks`).
import { z } from "zod";
import { CodeImportView } from "@/lib/codes/view-schemas";
import { RedemptionView } from "@/lib/redemptions/view-schemas";

export const EVENT_TYPES = [
  "redemption.created",
  "redemption.reverted",
  "reservation.expired",
  "import.completed",
  "import.failed",
  "offer.expiring",
  "budget.threshold",
] as const;
export const EventType = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventType>;

export const OfferExpiringData = z.object({
  offer: z.object({
    id: z.string(),
    family: z.enum(["coupon", "promotion"]),
    name: z.string(),
    validTo: z.string().describe("As written on the offer"),
    endsAt: z.string().describe("The instant it ends (ISO 8601, UTC)"),
  }),
  daysBefore: z.union([z.literal(7), z.literal(1)]).describe("Sent 7 days and 1 day before the offer ends"),
});

export const BudgetThresholdData = z.object({
  offer: z.object({
    id: z.string(),
    type: z.enum(["coupon", "legacy_coupon", "promotion", "pos_campaign"]).describe("What the id names (the ledger's offerType)"),
  }),
  currency: z.string().describe("The budget line's currency (ISO 4217)"),
  window: z
    .string()
    .nullable()
    .describe("The limit window's first local day (yyyy-mm-dd) in the tenant's zone; null for the offer's lifetime"),
  threshold: z.union([z.literal(50), z.literal(80), z.literal(95), z.literal(100)]).describe("Percent of the budget now used"),
  used: z.number().describe("Amount used in the window, held (reserved) amounts included, major units of `currency`"),
  budget: z.number().describe("The budget, major units of `currency`"),
});

export const EVENT_DATA = {
  "redemption.created": z.object({ redemption: RedemptionView }),
  "redemption.reverted": z.object({ redemption: RedemptionView, reason: z.enum(["manual", "order_failed"]) }),
  "import.completed": z.object({ codesImport: CodeImportView }),
  "import.failed": z.object({ codesImport: CodeImportView }),
  "offer.expiring": OfferExpiringData,
  // Written by the reservation sweeper (lib/reservations/release-reservation.ts).
  "reservation.expired": z.record(z.string(), z.unknown()),
  // Once per offer, currency, window and threshold (lib/limits/budget-thresholds.ts).
  "budget.threshold": BudgetThresholdData,
} satisfies Record<EventType, z.ZodType>;

export type EventData<T extends EventType> = z.output<(typeof EVENT_DATA)[T]>;

export const EVENT_DESCRIPTIONS: Record<EventType, string> = {
  "redemption.created": "A code was redeemed (one event per code of the order)",
  "redemption.reverted": "A redemption was reverted (by id, or because its order failed)",
  "reservation.expired": "A reservation lapsed without being redeemed",
  "import.completed": "A CSV import or a code generation finished",
  "import.failed": "A CSV import or a code generation failed",
  "offer.expiring": "A coupon or promotion ends in 7 days, or in 1 day",
  "budget.threshold": "A budget crossed 50, 80, 95 or 100 % of its limit (once per offer, currency, window and threshold)",
};
