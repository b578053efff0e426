// GET/PUT/DELETE /api/v1/products/{id}: read, replace or remove one product of the caller's tenant.
import { ROLES } from "@/lib/auth/roles";
import { getProductOrThrow } from "@/lib/catalog/products/get-product-or-throw";
import { deleteProduct, updateProduct } from "@/lib/catalog/products/save-product";
import { ProductPut } from "@/lib/catalog/view-schemas";
import { apiRoute, json } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";

type Params = { id: string };

export const GET = apiRoute<Params>({ roles: ROLES.read }, async ({ actor, params }) =>
  json({ product: await getProductOrThrow(actor.tenantId, params.id) }),
);

export const PUT = apiRoute<Params, undefined, typeof ProductPut>(
  { roles: ROLES.write, body: ProductPut },
  async ({ actor, params, body }) => json({ product: await updateProduct(actor, params.id, body) }),
);

export const DELETE = apiRoute<Params>({ roles: ROLES.write }, async ({ actor, params }) => {
  await deleteProduct(actor, params.id);
  return new Response(null, { status: 204 });
});

export const { POST, PATCH } = otherMethods({ GET, PUT, DELETE });
