// Registers routes from a compact table: method, path, summary, query and body schemas, and the
// output schema of the answer (the same one the route's view mapper is typed by).
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { BEARER, errorResponses, jsonBody, jsonResponse } from "@/lib/openapi/registry";
import { rateLimitedResponses } from "@/lib/rate-limits/openapi";

export type SimpleRoute = {
  method: "get" | "post" | "put" | "delete";
  path: string;
  summary: string;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Answer description. */
  answers: string;
  /** The answer's output schema; a route with `contentType` (CSV) answers text instead, one with status 204 nothing. */
  schema?: z.ZodType;
  status?: number;
  contentType?: string;
  /** Under the guessing defence: RateLimit headers and 429 (lib/rate-limits/openapi.ts). */
  rateLimited?: boolean;
};

export function registerSimpleRoutes(registry: OpenAPIRegistry, tag: string, routes: SimpleRoute[]): void {
  for (const route of routes) {
    const params = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    const empty = route.status === 204;
    if (!route.contentType && !route.schema && !empty)
      throw new Error(`${route.method.toUpperCase()} ${route.path}: document the answer with its output schema`);
    const ok = empty
      ? { description: route.answers }
      : route.contentType
        ? { description: route.answers, content: { [route.contentType]: { schema: z.string() } } }
        : jsonResponse(route.answers, route.schema as z.ZodType);
    const responses = { [route.status ?? 200]: ok, ...errorResponses(400, 404, 409) };
    registry.registerPath({
      method: route.method,
      path: route.path,
      tags: [tag],
      summary: route.summary,
      security: BEARER,
      request: {
        ...(params.length ? { params: z.object(Object.fromEntries(params.map((p) => [p, z.string()]))) } : {}),
        ...(route.query ? { query: route.query } : {}),
        ...(route.body ? { body: jsonBody(route.body) } : {}),
      },
      responses: route.rateLimited ? rateLimitedResponses(responses) : responses,
    });
  }
}
