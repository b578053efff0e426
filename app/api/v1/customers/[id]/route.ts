// GET/PUT/DELETE /api/v1/customers/{id}: read, replace or remove one customer of the caller's tenant.
import { ROLES } from "@/lib/auth/roles";
import { getCustomerOrThrow } from "@/lib/catalog/customers/get-customer-or-throw";
import { deleteCustomer, updateCustomer } from "@/lib/catalog/customers/save-customer";
import { CustomerPut } from "@/lib/catalog/view-schemas";
import { apiRoute, json } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";

type Params = { id: string };

export const GET = apiRoute<Params>({ roles: ROLES.read }, async ({ actor, params }) =>
  json({ customer: await getCustomerOrThrow(actor.tenantId, params.id) }),
);

export const PUT = apiRoute<Params, undefined, typeof CustomerPut>(
  { roles: ROLES.write, body: CustomerPut },
  async ({ actor, params, body }) => json({ customer: await updateCustomer(actor, params.id, body) }),
);

export const DELETE = apiRoute<Params>({ roles: ROLES.write }, async ({ actor, params }) => {
  await deleteCustomer(actor, params.id);
  return new Response(null, { status: 204 });
});

export const { POST, PATCH } = otherMethods({ GET, PUT, DELETE });
