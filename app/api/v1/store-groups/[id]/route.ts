// GET/PUT/DELETE /api/v1/store-groups/{id}: read, rename or remove one store group (409 while it still has stores).
import { ROLES } from "@/lib/auth/roles";
import { getStoreGroupOrThrow } from "@/lib/catalog/store-groups/get-store-group-or-throw";
import { deleteStoreGroup, updateStoreGroup } from "@/lib/catalog/store-groups/save-store-group";
import { StoreGroupPut } from "@/lib/catalog/view-schemas";
import { apiRoute, json } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";

type Params = { id: string };

export const GET = apiRoute<Params>({ roles: ROLES.read }, async ({ actor, params }) =>
  json({ storeGroup: await getStoreGroupOrThrow(actor.tenantId, params.id) }),
);

export const PUT = apiRoute<Params, undefined, typeof StoreGroupPut>(
  { roles: ROLES.write, body: StoreGroupPut },
  async ({ actor, params, body }) => json({ storeGroup: await updateStoreGroup(actor, params.id, body) }),
);

export const DELETE = apiRoute<Params>({ roles: ROLES.write }, async ({ actor, params }) => {
  await deleteStoreGroup(actor, params.id);
  return new Response(null, { status: 204 });
});

export const { POST, PATCH } = otherMethods({ GET, PUT, DELETE });
