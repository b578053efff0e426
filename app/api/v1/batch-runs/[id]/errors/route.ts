// GET /api/v1/batch-runs/{id}/errors: the rows of the uploaded file that did not parse, by line, with the field and the reason.
import { batchRunErrorsHandler } from "@/lib/batch/http-handlers";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const GET = batchRunErrorsHandler;

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
