// POST /api/v1/stores creates a store; GET /api/v1/stores lists them (q, storeGroupId, sort, count, page).
import { ROLES } from "@/lib/auth/roles";
import { StoreInput, StoreListQuery } from "@/lib/catalog/schemas";
import { listStores } from "@/lib/catalog/stores/list-stores";
import { createStore } from "@/lib/catalog/stores/save-store";
import { apiRoute, created, json } from "@/lib/http/api-route";
import { listBody } from "@/lib/http/pagination";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const POST = apiRoute({ roles: ROLES.write, body: StoreInput }, async ({ actor, body }) => {
  const store = await createStore(actor, body);
  return created({ store }, `/api/v1/stores/${encodeURIComponent(store.id)}`);
});

export const GET = apiRoute({ roles: ROLES.read, query: StoreListQuery }, async ({ actor, query, url }) => {
  return json(listBody(url, query, await listStores(actor.tenantId, query)));
});

export const { PUT, PATCH, DELETE } = otherMethods({ GET, POST });
