// POST /api/v1/products creates a product (prices in major units); GET /api/v1/products lists them (q, category, sort, count, page).
import { ROLES } from "@/lib/auth/roles";
import { listProducts } from "@/lib/catalog/products/list-products";
import { createProduct } from "@/lib/catalog/products/save-product";
import { ProductInput, ProductListQuery } from "@/lib/catalog/schemas";
import { apiRoute, created, json } from "@/lib/http/api-route";
import { listBody } from "@/lib/http/pagination";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const POST = apiRoute({ roles: ROLES.write, body: ProductInput }, async ({ actor, body }) => {
  const product = await createProduct(actor, body);
  return created({ product }, `/api/v1/products/${encodeURIComponent(product.id)}`);
});

export const GET = apiRoute({ roles: ROLES.read, query: ProductListQuery }, async ({ actor, query, url }) => {
  return json(listBody(url, query, await listProducts(actor.tenantId, query)));
});

export const { PUT, PATCH, DELETE } = otherMethods({ GET, POST });
