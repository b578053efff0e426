// POST /api/v1/customers creates a customer; GET /api/v1/customers lists them (q, sort, count, page).
import { ROLES } from "@/lib/auth/roles";
import { listCustomers } from "@/lib/catalog/customers/list-customers";
import { createCustomer } from "@/lib/catalog/customers/save-customer";
import { CatalogListQuery, CustomerInput } from "@/lib/catalog/schemas";
import { apiRoute, created, json } from "@/lib/http/api-route";
import { listBody } from "@/lib/http/pagination";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const POST = apiRoute({ roles: ROLES.write, body: CustomerInput }, async ({ actor, body }) => {
  const customer = await createCustomer(actor, body);
  return created({ customer }, `/api/v1/customers/${encodeURIComponent(customer.id)}`);
});

export const GET = apiRoute({ roles: ROLES.read, query: CatalogListQuery }, async ({ actor, query, url }) => {
  return json(listBody(url, query, await listCustomers(actor.tenantId, query)));
});

export const { PUT, PATCH, DELETE } = otherMethods({ GET, POST });
