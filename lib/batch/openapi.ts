// OpenAPI registration of /api/v1/batch-runs (contract §8), from the schemas the handlers answer with.
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import {
  BatchCartsQuery,
  BatchCartView,
  BatchErrorsQuery,
  BatchErrorView,
  BatchRunAnswer,
  BatchRunListQuery,
  BatchRunView,
  LedgerRunInput,
} from "@/lib/batch/schemas";
import { listEnvelope, named } from "@/lib/openapi/registry";
import { registerSimpleRoutes } from "@/lib/openapi/simple-routes";

export function registerBatchRoutes(registry: OpenAPIRegistry): void {
  const base = "/api/v1/batch-runs";
  const run = named("BatchRun", BatchRunView);
  const answer = named("BatchRunAnswer", BatchRunAnswer);
  registerSimpleRoutes(registry, "Batch simulation", [
    {
      method: "post",
      path: base,
      summary:
        "Upload a file of carts (multipart part `import`: JSON lines of cart requests, or CSV cart_id,product_id,quantity,price[,currency,store_id,customer_id,channel,coupon_codes,at]; optional part `drafts`: a JSON array of versions) as a what-if run, up to 50,000 carts / 100 MB; or, as application/json, run over the carts the redemption ledger kept for the orders of the last N days",
      body: named("BatchRunFromLedger", LedgerRunInput),
      answers: "{ batchRun, topChanged, links }: the queued run",
      schema: answer,
      status: 202,
    },
    {
      method: "get",
      path: base,
      summary: "List batch runs, newest first",
      query: BatchRunListQuery,
      answers: "{ items, pagination, links }",
      schema: listEnvelope(run),
    },
    {
      method: "get",
      path: `${base}/{id}`,
      summary: "A run's status and progress, its discount cost per side, currency and offer, and the 100 carts that changed most",
      answers: "{ batchRun, topChanged, links }",
      schema: answer,
    },
    {
      method: "get",
      path: `${base}/{id}/carts`,
      summary: "The run's carts whose discount share with the drafts is above `minShare` percent, largest first",
      query: BatchCartsQuery,
      answers: "{ items, pagination, links }",
      schema: listEnvelope(named("BatchCart", BatchCartView)),
    },
    {
      method: "get",
      path: `${base}/{id}/errors`,
      summary: "The rows of the file that did not parse, by line, with the field and the reason",
      query: BatchErrorsQuery,
      answers: "{ items, pagination, links }",
      schema: listEnvelope(named("BatchParseError", BatchErrorView)),
    },
    {
      method: "get",
      path: `${base}/{id}/results.csv`,
      summary: "One row per cart: both sides' discount and total, the difference, and the codes applied or rejected with reasons",
      answers: "CSV",
      contentType: "text/csv",
    },
  ]);
}
