// The contract of batch runs (contract §8): the upload's fields, the queries, and every answer's output
// schema, shared by the REST routes, the console and OpenAPI.
import { z } from "zod";
import { CartRequestSchema } from "@/lib/carts/schemas";
import { PageQuery } from "@/lib/http/pagination";
import { VERSION_KINDS } from "@/lib/versions/kinds";
import { DraftRef } from "@/lib/versions/schemas";

export const MAX_BATCH_DRAFTS = 50;

/** The multipart field `drafts`: a JSON array of versions to price beside live (default: none). */
export const DraftsField = z.array(DraftRef).max(MAX_BATCH_DRAFTS, `At most ${MAX_BATCH_DRAFTS} drafts per run`);

export const MAX_LEDGER_DAYS = 90;

/** POST /batch-runs as JSON: a run over the carts the redemption ledger kept (contract §8), instead of a file. */
export const LedgerRunInput = z.strictObject({
  source: z.literal("ledger", { error: 'source must be "ledger" (to upload a file, send multipart/form-data)' }),
  days: z
    .number({ error: "days must be a whole number" })
    .int("days must be a whole number")
    .min(1, "days must be at least 1")
    .max(MAX_LEDGER_DAYS, `days must be at most ${MAX_LEDGER_DAYS}`)
    .describe("The carts of the orders redeemed in the last N days (1–90), newest 50,000 at most"),
  drafts: DraftsField.default([]).describe("Versions to price beside live; default: none"),
});
export type LedgerRunInput = z.output<typeof LedgerRunInput>;

/** The drafts as a run stores them: resolved to version numbers when the run was created. */
export const StoredDrafts = z.array(z.object({ kind: z.enum(VERSION_KINDS), id: z.string(), number: z.number().int() }));
export type StoredDrafts = z.output<typeof StoredDrafts>;

export const BatchRunListQuery = PageQuery;

export const BatchCartsQuery = PageQuery.extend({
  minShare: z.coerce
    .number({ error: "minShare must be a number" })
    .min(0, "minShare must be at least 0")
    .max(100, "minShare must be at most 100")
    .default(50)
    .describe("Carts whose discount share with the drafts is above this percentage of subtotal plus shipping"),
});
export type BatchCartsQuery = z.output<typeof BatchCartsQuery>;

export const BatchErrorsQuery = PageQuery;

const Side = z.object({ cost: z.number(), uses: z.number().int() });

export const BatchSummaryView = z.object({
  carts: z.number().int(),
  changedCarts: z.number().int(),
  changedShare: z.number().describe("Changed carts / carts priced, 0–1"),
  currencies: z.array(
    z.object({
      currency: z.string(),
      carts: z.number().int(),
      subtotal: z.number(),
      liveDiscount: z.number(),
      draftDiscount: z.number(),
      difference: z.number().describe("draftDiscount − liveDiscount, major units"),
    }),
  ),
  offers: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      source: z.string(),
      currency: z.string(),
      live: Side,
      draft: Side,
      difference: z.number(),
    }),
  ),
});
export type BatchSummaryView = z.output<typeof BatchSummaryView>;

export const BatchRunView = z.object({
  id: z.string(),
  status: z.enum(["queued", "running", "succeeded", "failed"]),
  fileName: z.string(),
  fileBytes: z.number().int(),
  format: z.enum(["csv", "jsonl"]),
  drafts: StoredDrafts,
  totalCarts: z.number().int().describe("Known once the file is parsed"),
  pricedCarts: z.number().int(),
  progress: z.number().describe("0–1"),
  errorRows: z.number().int().describe("Rows that did not parse (GET …/errors)"),
  failure: z.string().nullable(),
  summary: BatchSummaryView.nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type BatchRunView = z.output<typeof BatchRunView>;

const CodesView = z.object({
  applied: z.array(z.string()),
  rejected: z.array(z.object({ code: z.string(), reason: z.string() })),
});

export const BatchCartView = z.object({
  cartId: z.string(),
  line: z.number().int().describe("The file line where the cart starts"),
  currency: z.string(),
  subtotal: z.number(),
  live: z.object({ discount: z.number(), total: z.number(), codes: CodesView }),
  draft: z.object({ discount: z.number(), total: z.number(), codes: CodesView }),
  difference: z.number().describe("draft.discount − live.discount"),
  discountShare: z.number().describe("draft.discount / (subtotal + shipping), percent"),
  changed: z.boolean(),
  request: CartRequestSchema,
  simulatorUrl: z.string().describe("The cart in the Cart Simulator, priced with the run's drafts"),
});
export type BatchCartView = z.output<typeof BatchCartView>;

export const BatchErrorView = z.object({ line: z.number().int(), field: z.string().nullable(), message: z.string() });
export type BatchErrorView = z.output<typeof BatchErrorView>;

export const BatchRunAnswer = z.object({
  batchRun: BatchRunView,
  topChanged: z.array(BatchCartView).describe("The 100 changed carts with the largest difference"),
  links: z.object({ self: z.string(), results: z.string(), errors: z.string(), carts: z.string() }),
});
