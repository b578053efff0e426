// Next answers a method that a route file does not export with an empty 405. Every /api answer must be
// the error object (contract §1.2) and a 405 must say what is allowed, so each route file ends with
// `export const { POST, PATCH, … } = otherMethods({ GET, PUT })`: the methods it lacks answer this.
import { errorResponse } from "@/lib/http/errors";
import { requestIdOf } from "@/lib/http/request-id";
import { AppError } from "@/lib/errors";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];
type Handler = (request: Request) => Response;

/** Handlers for every method `implemented` lacks (HEAD follows GET and OPTIONS is Next's own). */
export function otherMethods(implemented: Partial<Record<Method, unknown>>): Record<Method, Handler> {
  const own = METHODS.filter((method) => implemented[method]);
  const allow = [...own, "OPTIONS", ...(own.includes("GET") ? ["HEAD"] : [])].sort().join(", ");
  const answer: Handler = (request) => {
    const error = new AppError("method_not_allowed", `${request.method} is not allowed on this path; allowed: ${allow}`);
    const response = errorResponse(error, requestIdOf(request));
    response.headers.set("Allow", allow);
    return response;
  };
  return Object.fromEntries(METHODS.map((method) => [method, answer])) as Record<Method, Handler>;
}
