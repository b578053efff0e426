// Route handlers of /api/v1/batch-runs (contract §8), exported by thin route files.
import { ROLES } from "@/lib/auth/roles";
import { createBatchRun } from "@/lib/batch/create-batch-run";
import { getBatchRun, getBatchRunRowOrThrow, listBatchErrors, listBatchRuns, listCartsAboveShare } from "@/lib/batch/get-batch-run";
import { streamResultsCsv } from "@/lib/batch/results-csv";
import { BatchCartsQuery, BatchErrorsQuery, BatchRunListQuery } from "@/lib/batch/schemas";
import { runLinks } from "@/lib/batch/views";
import { apiRoute, json } from "@/lib/http/api-route";
import { listBody } from "@/lib/http/pagination";

type Params = { id: string };

export const batchRunCollectionHandlers = {
  POST: apiRoute({ roles: ROLES.write }, async ({ actor, request }) => {
    const batchRun = await createBatchRun(actor, request);
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
