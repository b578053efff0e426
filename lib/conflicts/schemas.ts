// The conflict analyzer's contract: the list query of GET /api/v1/conflicts and the finding as every
// edge shows it (REST, dashboard, offer page, publish dialog).
import { z } from "zod";
import { CartRequestSchema } from "@/lib/carts/schemas";
import { DEAD_REASONS, FINDING_KINDS } from "@/lib/conflicts/types";
import { MAX_STACKING_THRESHOLD_PERCENT, MIN_STACKING_THRESHOLD_PERCENT } from "@/lib/conflicts/threshold";
import { PageQuery } from "@/lib/http/pagination";
import { identifier } from "@/lib/validation/text";

export const FindingKind = z.enum(FINDING_KINDS, { error: `kind must be one of ${FINDING_KINDS.join(", ")}` });

export const ConflictListQuery = PageQuery.extend({
  offer: identifier("offer")
    .min(1, "offer must not be empty")
    .max(100, "offer must be at most 100 characters")
    .optional()
    .describe("Only findings that involve this coupon or promotion id"),
  kind: FindingKind.optional().describe("Only findings of this kind"),
});
export type ConflictListQuery = z.output<typeof ConflictListQuery>;

export const FindingOffer = z.object({
  id: z.string(),
  name: z.string(),
  family: z.enum(["coupon", "promotion"]),
  draft: z.boolean().describe("A version that is not live yet"),
});

export const FindingView = z.object({
  id: z.string().describe("Stable for the same problem: kind, reason and the offers involved"),
  kind: FindingKind,
  reason: z.enum(DEAD_REASONS).nullable().describe("Dead offers: why no cart gets the offer"),
  message: z.string(),
  offers: z.array(FindingOffer).describe("The offers involved; a dead offer first"),
  winnerId: z.string().nullable().describe("Exclusive collisions and shadowing: the offer contract §4.8 keeps"),
  sharePercent: z.number().nullable().describe("Stacking: the discount share of the counter-example cart, in percent"),
  cart: CartRequestSchema.describe("The counter-example: a cart request (contract §4) that shows the problem"),
  simulatorUrl: z.string().describe("The counter-example opened in the Cart Simulator"),
});
export type FindingView = z.output<typeof FindingView>;

export const FindingCounts = z.object(
  Object.fromEntries(FINDING_KINDS.map((kind) => [kind, z.number().int()])) as Record<(typeof FINDING_KINDS)[number], z.ZodNumber>,
);
export type FindingCounts = z.output<typeof FindingCounts>;

/** PUT /api/v1/conflicts/settings and the Conflicts page's form. */
export const ConflictSettingsInput = z.strictObject({
  stackingThresholdPercent: z
    .number({ error: "stackingThresholdPercent must be a whole number" })
    .int("stackingThresholdPercent must be a whole number")
    .min(MIN_STACKING_THRESHOLD_PERCENT, `stackingThresholdPercent must be at least ${MIN_STACKING_THRESHOLD_PERCENT}`)
    .max(MAX_STACKING_THRESHOLD_PERCENT, `stackingThresholdPercent must be at most ${MAX_STACKING_THRESHOLD_PERCENT}`)
    .describe("Worst-case stacking is a finding above this share of the cart, in percent"),
});
export type ConflictSettingsInput = z.output<typeof ConflictSettingsInput>;

export const ConflictSettingsView = z.object({
  stackingThresholdPercent: z.number().int(),
  updatedAt: z.string().nullable().describe("Null while the tenant has the default"),
  updatedBy: z.string().nullable(),
});
export type ConflictSettingsView = z.output<typeof ConflictSettingsView>;
