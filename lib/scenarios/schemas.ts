// Zod contracts of scenarios (contract §8): a named cart request (§4) with the result it is expected to
// get, the suite's report of each difference, and the run request integrators send from their CI.
import { z } from "zod";
import { CartRequestSchema } from "@/lib/carts/schemas";
import { PageQuery } from "@/lib/http/pagination";
import { VERSION_KINDS } from "@/lib/versions/kinds";
import { DraftRef } from "@/lib/versions/schemas";
import { identifier, text } from "@/lib/validation/text";

export const MAX_SCENARIOS_PER_RUN = 1000;

const Source = z.enum(["automatic", "coupon"]);

const ExpectedDiscount = z.object({
  source: Source,
  id: z.string().describe("Offer id"),
  name: z.string(),
  couponCode: z.string().optional(),
  amount: z.number().describe("Major units"),
});
export type ExpectedDiscount = z.output<typeof ExpectedDiscount>;

/** What a scenario pins: per-line discounts, totals and rejected codes (not the trace: it explains, it is not a result). */
export const Expectation = z
  .object({
    currency: z.string(),
    lines: z.array(
      z.object({
        productId: z.string(),
        quantity: z.number().int(),
        discounts: z.array(ExpectedDiscount),
        totalDiscount: z.number(),
        finalPrice: z.number(),
      }),
    ),
    shippingDiscounts: z.array(ExpectedDiscount),
    totals: z.object({ subtotal: z.number(), discount: z.number(), shipping: z.number(), total: z.number() }),
    rejectedCouponCodes: z.array(z.object({ code: z.string(), reason: z.string() })),
  })
  .describe("The result a scenario expects, pinned from a priced cart");
export type Expectation = z.output<typeof Expectation>;

export const DIFFERENCE_KINDS = ["line_discount", "line_total", "shipping_discount", "total", "rejection"] as const;

export const Difference = z.object({
  kind: z.enum(DIFFERENCE_KINDS),
  line: z.number().int().optional().describe("1-based line of the cart"),
  productId: z.string().optional(),
  offerId: z.string().optional(),
  couponCode: z.string().optional(),
  field: z.string().optional().describe("For totals: subtotal, discount, shipping or total"),
  before: z.union([z.number(), z.string(), z.null()]).describe("Expected (or live) value; null = none"),
  after: z.union([z.number(), z.string(), z.null()]).describe("Actual (or draft) value; null = none"),
  message: z.string().describe("The difference in plain words"),
});
export type Difference = z.output<typeof Difference>;

export const OUTCOME_STATUSES = ["passed", "failed"] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

export const Outcome = z.object({
  status: z.enum(OUTCOME_STATUSES).describe("passed: the result is the pinned expectation"),
  differences: z.array(Difference).describe("Each difference from the expectation"),
});
export type Outcome = z.output<typeof Outcome>;

const Name = text("name").trim().min(1, "name is required").max(200, "name must be at most 200 characters");

export const ScenarioInput = z.strictObject({
  name: Name,
  request: CartRequestSchema,
  expected: Expectation.optional().describe("Absent: the result the live offers give now is pinned"),
});
export type ScenarioInput = z.output<typeof ScenarioInput>;

export const ScenarioUpdate = ScenarioInput.extend({
  version: text("version", { error: "version is required: send the version you read last" }).min(1).max(100),
});
export type ScenarioUpdate = z.output<typeof ScenarioUpdate>;

export const RunInput = z.strictObject({
  scenarioIds: z
    .array(identifier("scenarioIds[]").min(1).max(100))
    .max(MAX_SCENARIOS_PER_RUN, `At most ${MAX_SCENARIOS_PER_RUN} scenarios per run`)
    .optional()
    .describe("Default: every scenario of the tenant"),
  drafts: z.array(DraftRef).max(50, "At most 50 drafts per run").optional().describe("Price against live plus these versions"),
});
export type RunInput = z.output<typeof RunInput>;

export const PinInput = z.strictObject({
  drafts: z.array(DraftRef).max(50, "At most 50 drafts").optional().describe("Pin the result with these versions instead of live"),
});

export const ScenarioListQuery = PageQuery.extend({
  status: z.enum(["passed", "failed", "never_run"], { error: "status must be passed, failed or never_run" }).optional(),
});
export type ScenarioListQuery = z.output<typeof ScenarioListQuery>;

export const ScenarioView = z.object({
  id: z.string(),
  name: z.string(),
  request: CartRequestSchema,
  expected: Expectation,
  pinnedAt: z.string(),
  pinnedBy: z.string(),
  lastOutcome: Outcome.extend({ ranAt: z.string() }).nullable().describe("The last run against the live offers"),
  version: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type ScenarioView = z.output<typeof ScenarioView>;

export const SuiteReport = z.object({
  ranAt: z.string(),
  drafts: z.array(z.object({ kind: z.enum(VERSION_KINDS), id: z.string(), number: z.number().int() })).describe("Priced instead of live"),
  total: z.number().int(),
  passed: z.number().int(),
  failed: z.number().int(),
  scenarios: z.array(Outcome.extend({ id: z.string(), name: z.string() })),
});
export type SuiteReport = z.output<typeof SuiteReport>;

/** What a draft does to the scenarios: each one it changes (live → draft) or leaves broken. */
export const ScenarioImpact = z.object({
  ranAt: z.string(),
  total: z.number().int(),
  changed: z.number().int().describe("Scenarios whose result the draft changes"),
  broken: z.number().int().describe("Scenarios that do not get their pinned expectation with the draft"),
  scenarios: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      live: Outcome,
      draft: Outcome,
      changes: z.array(Difference).describe("What the draft changes, live → draft"),
    }),
  ),
});
export type ScenarioImpact = z.output<typeof ScenarioImpact>;
