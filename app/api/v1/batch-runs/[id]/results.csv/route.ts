// GET /api/v1/batch-runs/{id}/results.csv: one row per cart (both totals, the difference, codes applied or rejected), streamed and formula-escaped.
import { batchRunResultsCsvHandler } from "@/lib/batch/http-handlers";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const GET = batchRunResultsCsvHandler;

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
