// OpenAPI registration of the catalog routes: stores, store groups, products (with CSV import), customers.
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { CatalogListQuery, CustomerInput, CustomerUpdate, ProductInput, ProductListQuery, ProductUpdate, StoreGroupInput, StoreGroupUpdate, StoreInput, StoreListQuery, StoreUpdate } from "@/lib/catalog/schemas";
import { BEARER, errorResponses, IdParams, jsonBody, jsonResponse, listEnvelope, named } from "@/lib/openapi/registry";

const stamps = { version: z.string().describe("Send it back with a PUT; it changes on every write"), createdAt: z.string(), updatedAt: z.string() };
const StoreView = z.object({ id: z.string(), name: z.string(), timeZone: z.string().nullable(), storeGroupId: z.string().nullable(), ...stamps });
const StoreGroupView = z.object({ id: z.string(), name: z.string(), storeCount: z.number().int(), ...stamps });
const ProductView = z.object({
  id: z.string(),
  name: z.string(),
  prices: z.array(z.object({ currency: z.string(), amount: z.number().describe("Major units") })),
  categories: z.array(z.string()),
  attributes: z.record(z.string(), z.string()),
  ...stamps,
});
const CustomerView = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  segments: z.array(z.object({ key: z.string(), value: z.string() })),
  rewardPoints: z.number().int(),
  lifetimePurchaseTotal: z.number().describe("Major units of `currency`"),
  currency: z.string(),
  ...stamps,
});
const ProductsImport = z.object({
  totalRows: z.number().int(),
  importedCount: z.number().int(),
  rejectedCount: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), id: z.string().nullable(), field: z.string(), message: z.string() })),
});

type Resource = { path: string; tag: string; key: string; label: string; view: z.ZodType; input: z.ZodType; update: z.ZodType; query: z.ZodObject; deleteConflict?: boolean };

function registerResource(registry: OpenAPIRegistry, r: Resource) {
  const envelope = z.object({ [r.key]: r.view });
  const tags = [r.tag];
  const one = r.label.toLowerCase();
  registry.registerPath({ method: "post", path: r.path, tags, summary: `Create a ${one}`, security: BEARER, request: { body: jsonBody(r.input) }, responses: { 201: jsonResponse(`The new ${one}`, envelope), ...errorResponses(400, 409, 413, 415) } });
  registry.registerPath({ method: "get", path: r.path, tags, summary: `List ${one}s`, security: BEARER, request: { query: r.query }, responses: { 200: jsonResponse("One page", listEnvelope(r.view)), ...errorResponses(400) } });
  registry.registerPath({ method: "get", path: `${r.path}/{id}`, tags, summary: `Get a ${one}`, security: BEARER, request: { params: IdParams }, responses: { 200: jsonResponse(`The ${one}`, envelope), ...errorResponses(404) } });
  registry.registerPath({ method: "put", path: `${r.path}/{id}`, tags, summary: `Replace a ${one}`, security: BEARER, request: { params: IdParams, body: jsonBody(r.update) }, responses: { 200: jsonResponse(`The updated ${one}`, envelope), ...errorResponses(400, 404, 409, 413, 415) } });
  registry.registerPath({ method: "delete", path: `${r.path}/{id}`, tags, summary: `Delete a ${one}`, security: BEARER, request: { params: IdParams }, responses: { 204: { description: "Deleted" }, ...errorResponses(...(r.deleteConflict ? [404, 409] : [404])) } });
}

export function registerCatalogRoutes(registry: OpenAPIRegistry): void {
  registerResource(registry, { path: "/api/v1/stores", tag: "Stores", key: "store", label: "Store", view: named("Store", StoreView), input: named("StoreInput", StoreInput), update: named("StoreUpdate", StoreUpdate), query: StoreListQuery });
  registerResource(registry, { path: "/api/v1/store-groups", tag: "Store groups", key: "storeGroup", label: "Store group", view: named("StoreGroup", StoreGroupView), input: named("StoreGroupInput", StoreGroupInput), update: named("StoreGroupUpdate", StoreGroupUpdate), query: CatalogListQuery, deleteConflict: true });
  registerResource(registry, { path: "/api/v1/products", tag: "Products", key: "product", label: "Product", view: named("Product", ProductView), input: named("ProductInput", ProductInput), update: named("ProductUpdate", ProductUpdate), query: ProductListQuery });
  registerResource(registry, { path: "/api/v1/customers", tag: "Customers", key: "customer", label: "Customer", view: named("Customer", CustomerView), input: named("CustomerInput", CustomerInput), update: named("CustomerUpdate", CustomerUpdate), query: CatalogListQuery });
  registry.registerPath({
    method: "post",
    path: "/api/v1/products/imports",
    tags: ["Products"],
    summary: "Import products from a CSV file",
    description: "multipart/form-data with the file in field `import`. Valid rows are upserted; rejected rows are listed with their reason.",
    security: BEARER,
    request: { body: { required: true, content: { "multipart/form-data": { schema: { type: "object", properties: { import: { type: "string", format: "binary" } }, required: ["import"] } } } } },
    responses: { 200: jsonResponse("What was imported and what was rejected", z.object({ productsImport: ProductsImport })), ...errorResponses(400, 413, 415) },
  });
}
