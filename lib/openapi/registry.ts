// The central OpenAPI registry: shared components (bearer auth, the error object of contract §1.2, list
// envelopes) plus the helpers each domain's `openapi.ts` uses to register its own routes.
import { OpenAPIRegistry, type ResponseConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";

const named_ = new Map<string, z.ZodType>();

/**
 * A schema that appears under components/schemas as `id`. Zod's `.meta({ id })` rather than
 * registry.register(): that needs `.openapi()` patched onto zod before any schema is created, which
 * import order cannot guarantee. Memoized because zod's global registry refuses an id twice.
 */
export function named<T extends z.ZodType>(id: string, schema: T): T {
  const existing = named_.get(id);
  if (existing) return existing as T;
  const withId = schema.meta({ id }) as T;
  named_.set(id, withId);
  return withId;
}

export type RouteRegistrar = (registry: OpenAPIRegistry) => void;

export const ErrorBodySchema = named(
  "Error",
  z.object({
    message: z.string(),
    status: z.number().int(),
    code: z.string().describe("validation_failed, not_found, conflict, version_mismatch, forbidden, unauthenticated, …"),
    type: z.string(),
    id: z.string().describe("The request id (x-request-id)"),
    causes: z.array(z.object({ field: z.string().optional(), message: z.string(), code: z.string().optional() })),
  }),
);

export const BEARER = [{ bearerAuth: [] as string[] }];

export function createRegistry(): OpenAPIRegistry {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    description: "An API token created in Settings → API tokens",
  });
  return registry;
}

const ERROR_TEXT: Record<number, string> = {
  400: "Invalid input: one `causes` entry per bad field",
  401: "No token or an unknown token",
  403: "The token's role may not do this",
  404: "Not found in the caller's tenant",
  409: "Conflict (stale `version`, or the object cannot change this way)",
  413: "Body larger than the limit",
  415: "Body is not application/json",
};

/** The error responses of an operation, all with the error object. */
export function errorResponses(...statuses: number[]): Record<string, ResponseConfig> {
  return Object.fromEntries(
    [401, 403, ...statuses].map((status) => [
      String(status),
      { description: ERROR_TEXT[status] ?? "Error", content: { "application/json": { schema: ErrorBodySchema } } },
    ]),
  );
}

export function jsonResponse(description: string, schema: z.ZodType): ResponseConfig {
  return { description, content: { "application/json": { schema } } };
}

export function jsonBody(schema: z.ZodType) {
  return { required: true, content: { "application/json": { schema } } };
}

/** `{ items, pagination, links }` of contract §1.3. */
export function listEnvelope(item: z.ZodType) {
  return z.object({
    items: z.array(item),
    pagination: z.object({ page: z.number().int(), count: z.number().int(), total: z.number().int(), totalPages: z.number().int() }),
    links: z.object({ self: z.string(), next: z.string().optional(), prev: z.string().optional(), first: z.string(), last: z.string() }),
  });
}

export const IdParams = z.object({ id: z.string().describe("The object's id") });
