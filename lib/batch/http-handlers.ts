// Route handlers of /api/v1/batch-runs (contract §8), exported by thin route files.
import { ROLES } from "@/lib/auth/roles";
import { createBatchRun } from "@/lib/batch/create-batch-run";
import { createLedgerBatchRun } from "@/lib/batch/create-ledger-batch-run";
import { getBatchRun, getBatchRunRowOrThrow, listBatchErrors, listBatchRuns, listCartsAboveShare } from "@/lib/batch/get-batch-run";
import { streamResultsCsv } from "@/lib/batch/results-csv";
import { BatchCartsQuery, BatchErrorsQuery, BatchRunListQuery, LedgerRunInput } from "@/lib/batch/schemas";
import { runLinks } from "@/lib/batch/views";
import { env } from "@/lib/env";
import { apiRoute, json } from "@/lib/http/api-route";
import { listBody } from "@/lib/http/pagination";
import { readJsonBody } from "@/lib/http/read-json";
import { parseOrThrow } from "@/lib/zod-issues";

type Params = { id: string };

export const batchRunCollectionHandlers = {
  // multipart/form-data: an uploaded file of carts; application/json: {source: "ledger", days, drafts}.
  POST: apiRoute({ roles: ROLES.write }, async ({ actor, request }) => {
    const batchRun = /^application\/json\b/i.test(request.headers.get("content-type") ?? "")
      ? await createLedgerBatchRun(actor, parseOrThrow(LedgerRunInput, await readJsonBody(request, env().MAX_JSON_BODY_BYTES)))
      : await createBatchRun(actor, request);
    const links = runLinks(batchRun.id);
    return Response.json({ batchRun, topChanged: [], links }, { status: 202, headers: { Location: links.self } });
  }),
  GET: apiRoute({ roles: ROLES.read, query: BatchRunListQuery }, async ({ actor, query, url }) =>
    json(listBody(url, query, await listBatchRuns(actor.tenantId, query))),
  ),
};

export const batchRunItemHandler = apiRoute<Params>({ roles: ROLES.read }, async ({ actor, params }) =>
  json({ ...(await getBatchRun(actor.tenantId, params.id)), links: runLinks(params.id) }),
);

export const batchRunCartsHandler = apiRoute<Params, typeof BatchCartsQuery>(
  { roles: ROLES.read, query: BatchCartsQuery },
  async ({ actor, params, query, url }) => json(listBody(url, query, await listCartsAboveShare(actor.tenantId, params.id, query))),
);

export const batchRunErrorsHandler = apiRoute<Params, typeof BatchErrorsQuery>(
  { roles: ROLES.read, query: BatchErrorsQuery },
  async ({ actor, params, query, url }) => json(listBody(url, query, await listBatchErrors(actor.tenantId, params.id, query))),
);

export const batchRunResultsCsvHandler = apiRoute<Params>({ roles: ROLES.read }, async ({ actor, params }) => {
  const run = await getBatchRunRowOrThrow(actor.tenantId, params.id);
  return new Response(streamResultsCsv(run.id), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="batch-${run.id}-results.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
