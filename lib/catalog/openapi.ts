// OpenAPI registration of the catalog routes: stores, store groups, products (with CSV import), customers.
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import {
  CatalogListQuery,
  CustomerInput,
  ProductInput,
  ProductListQuery,
  StoreGroupInput,
  StoreInput,
  StoreListQuery,
} from "@/lib/catalog/schemas";
import {
  CustomerPut,
  CustomerView,
  ProductPut,
  ProductsImportView,
  ProductView,
  StoreGroupPut,
  StoreGroupView,
  StorePut,
  StoreView,
} from "@/lib/catalog/view-schemas";
import { BEARER, errorResponses, IdParams, jsonBody, jsonResponse, listEnvelope, named } from "@/lib/openapi/registry";

type Resource = {
  path: string;
  tag: string;
  key: string;
  label: string;
  view: z.ZodType;
  input: z.ZodType;
  update: z.ZodType;
  query: z.ZodObject;
  deleteConflict?: boolean;
};

function registerResource(registry: OpenAPIRegistry, r: Resource) {
  const envelope = z.object({ [r.key]: r.view });
  const tags = [r.tag];
  const one = r.label.toLowerCase();
  registry.registerPath({
    method: "post",
    path: r.path,
    tags,
    summary: `Create a ${one}`,
    security: BEARER,
    request: { body: jsonBody(r.input) },
    responses: { 201: jsonResponse(`The new ${one}`, envelope), ...errorResponses(400, 409, 413, 415) },
  });
  registry.registerPath({
    method: "get",
    path: r.path,
    tags,
    summary: `List ${one}s`,
    security: BEARER,
    request: { query: r.query },
    responses: { 200: jsonResponse("One page", listEnvelope(r.view)), ...errorResponses(400) },
  });
  registry.registerPath({
    method: "get",
    path: `${r.path}/{id}`,
    tags,
    summary: `Get a ${one}`,
    security: BEARER,
    request: { params: IdParams },
    responses: { 200: jsonResponse(`The ${one}`, envelope), ...errorResponses(404) },
  });
  registry.registerPath({
    method: "put",
    path: `${r.path}/{id}`,
    tags,
    summary: `Replace a ${one}`,
    security: BEARER,
    request: { params: IdParams, body: jsonBody(r.update) },
    responses: { 200: jsonResponse(`The updated ${one}`, envelope), ...errorResponses(400, 404, 409, 413, 415) },
  });
  registry.registerPath({
    method: "delete",
    path: `${r.path}/{id}`,
    tags,
    summary: `Delete a ${one}`,
    security: BEARER,
    request: { params: IdParams },
    responses: { 204: { description: "Deleted" }, ...errorResponses(...(r.deleteConflict ? [404, 409] : [404])) },
  });
}

export function registerCatalogRoutes(registry: OpenAPIRegistry): void {
  registerResource(registry, {
    path: "/api/v1/stores",
    tag: "Stores",
    key: "store",
    label: "Store",
    view: named("Store", StoreView),
    input: named("StoreInput", StoreInput),
    update: named("StoreUpdate", StorePut),
    query: StoreListQuery,
  });
  registerResource(registry, {
    path: "/api/v1/store-groups",
    tag: "Store groups",
    key: "storeGroup",
    label: "Store group",
    view: named("StoreGroup", StoreGroupView),
    input: named("StoreGroupInput", StoreGroupInput),
    update: named("StoreGroupUpdate", StoreGroupPut),
    query: CatalogListQuery,
    deleteConflict: true,
  });
  registerResource(registry, {
    path: "/api/v1/products",
    tag: "Products",
    key: "product",
    label: "Product",
    view: named("Product", ProductView),
    input: named("ProductInput", ProductInput),
    update: named("ProductUpdate", ProductPut),
    query: ProductListQuery,
  });
  registerResource(registry, {
    path: "/api/v1/customers",
    tag: "Customers",
    key: "customer",
    label: "Customer",
    view: named("Customer", CustomerView),
    input: named("CustomerInput", CustomerInput),
    update: named("CustomerUpdate", CustomerPut),
    query: CatalogListQuery,
  });
  registry.registerPath({
    method: "post",
    path: "/api/v1/products/imports",
    tags: ["Products"],
    summary: "Import products from a CSV file",
    description:
      "multipart/form-data with the file in field `import`. Valid rows are upserted; rejected rows are listed with their reason.",
    security: BEARER,
    request: {
      body: {
        required: true,
        content: {
          "multipart/form-data": {
            schema: { type: "object", properties: { import: { type: "string", format: "binary" } }, required: ["import"] },
          },
        },
      },
    },
    responses: {
      200: jsonResponse(
        "What was imported and what was rejected",
        z.object({ productsImport: named("ProductsImport", ProductsImportView) }),
      ),
      ...errorResponses(400, 413, 415),
    },
  });
}
