// Registers routes from a compact table: method, path, summary, body schema and the envelope answered.
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { BEARER, errorResponses, jsonBody, jsonResponse } from "@/lib/openapi/registry";
import { rateLimitedResponses } from "@/lib/rate-limits/openapi";

export type SimpleRoute = {
  method: "get" | "post" | "put";
  path: string;
  summary: string;
  body?: z.ZodType;
  /** Answer description; the body is the documented envelope named here. */
  answers: string;
  status?: number;
  contentType?: string;
  /** Under the guessing defence: RateLimit headers and 429 (lib/rate-limits/openapi.ts). */
  rateLimited?: boolean;
};

const Envelope = z.object({}).catchall(z.unknown());

export function registerSimpleRoutes(registry: OpenAPIRegistry, tag: string, routes: SimpleRoute[]): void {
  for (const route of routes) {
    const params = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    const ok = route.contentType
      ? { description: route.answers, content: { [route.contentType]: { schema: z.string() } } }
      : jsonResponse(route.answers, Envelope);
    const responses = { [route.status ?? 200]: ok, ...errorResponses(400, 404, 409) };
    registry.registerPath({
      method: route.method,
      path: route.path,
      tags: [tag],
      summary: route.summary,
      security: BEARER,
      request: {
        ...(params.length ? { params: z.object(Object.fromEntries(params.map((p) => [p, z.string()]))) } : {}),
        ...(route.body ? { body: jsonBody(route.body) } : {}),
      },
      responses: route.rateLimited ? rateLimitedResponses(responses) : responses,
    });
  }
}
