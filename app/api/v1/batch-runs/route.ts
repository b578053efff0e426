// POST/GET /api/v1/batch-runs: upload a file of carts (multipart `import`, optional `drafts`) or name the ledger's last N days (JSON) as a batch what-if run (202), or list the runs.
import { batchRunCollectionHandlers } from "@/lib/batch/http-handlers";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const POST = batchRunCollectionHandlers.POST;
export const GET = batchRunCollectionHandlers.GET;

export const { PUT, PATCH, DELETE } = otherMethods({ GET, POST });
