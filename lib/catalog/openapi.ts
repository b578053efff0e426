// OpenAPI registration of the /api/v1/stores routes.
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { CatalogListQuery, StoreInput, StoreUpdate } from "@/lib/catalog/schemas";
import { BEARER, named, errorResponses, IdParams, jsonBody, jsonResponse, listEnvelope } from "@/lib/openapi/registry";

const StoreView = z.object({ id: z.string(), name: z.string(), timeZone: z.string().nullable(), storeGroupId: z.string().nullable(), createdAt: z.string(), updatedAt: z.string() });

export function registerCatalogRoutes(registry: OpenAPIRegistry): void {
  const store = named("Store", StoreView);
  const envelope = z.object({ store });
  const tags = ["Stores"];
  registry.registerPath({ method: "post", path: "/api/v1/stores", tags, summary: "Create a store", security: BEARER, request: { body: jsonBody(named("StoreInput", StoreInput)) }, responses: { 201: jsonResponse("The new store", envelope), ...errorResponses(400, 409, 413, 415) } });
  registry.registerPath({ method: "get", path: "/api/v1/stores", tags, summary: "List stores", security: BEARER, request: { query: CatalogListQuery }, responses: { 200: jsonResponse("One page", listEnvelope(store)), ...errorResponses(400) } });
  registry.registerPath({ method: "get", path: "/api/v1/stores/{id}", tags, summary: "Get a store", security: BEARER, request: { params: IdParams }, responses: { 200: jsonResponse("The store", envelope), ...errorResponses(404) } });
  registry.registerPath({ method: "put", path: "/api/v1/stores/{id}", tags, summary: "Replace a store", security: BEARER, request: { params: IdParams, body: jsonBody(named("StoreUpdate", StoreUpdate)) }, responses: { 200: jsonResponse("The updated store", envelope), ...errorResponses(400, 404, 413, 415) } });
  registry.registerPath({ method: "delete", path: "/api/v1/stores/{id}", tags, summary: "Delete a store", security: BEARER, request: { params: IdParams }, responses: { 204: { description: "Deleted" }, ...errorResponses(404) } });
}
