// Any method on an /api path no route serves: 404 with the error object (contract §1.2), never Next's
// HTML page (which would also try to read a multipart POST as a server action).
import { errorResponse } from "@/lib/http/errors";
import { requestIdOf } from "@/lib/http/request-id";
import { AppError } from "@/lib/errors";

function notFound(request: Request): Response {
  return errorResponse(
    new AppError("not_found", `No API resource at ${new URL(request.url).pathname}; see /api/docs for the paths`),
    requestIdOf(request),
  );
}

export { notFound as GET, notFound as HEAD, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE, notFound as OPTIONS };
