// POST /api/v1/store-groups creates a store group; GET /api/v1/store-groups lists them with member counts (q, sort, count, page).
import { ROLES } from "@/lib/auth/roles";
import { CatalogListQuery, StoreGroupInput } from "@/lib/catalog/schemas";
import { listStoreGroups } from "@/lib/catalog/store-groups/list-store-groups";
import { createStoreGroup } from "@/lib/catalog/store-groups/save-store-group";
import { apiRoute, created, json } from "@/lib/http/api-route";
import { listBody } from "@/lib/http/pagination";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const POST = apiRoute({ roles: ROLES.write, body: StoreGroupInput }, async ({ actor, body }) => {
  const storeGroup = await createStoreGroup(actor, body);
  return created({ storeGroup }, `/api/v1/store-groups/${encodeURIComponent(storeGroup.id)}`);
});

export const GET = apiRoute({ roles: ROLES.read, query: CatalogListQuery }, async ({ actor, query, url }) => {
  return json(listBody(url, query, await listStoreGroups(actor.tenantId, query)));
});

export const { PUT, PATCH, DELETE } = otherMethods({ GET, POST });
