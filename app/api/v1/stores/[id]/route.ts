// GET/PUT/DELETE /api/v1/stores/{id}: read, replace or remove one store of the caller's tenant.
import { ROLES } from "@/lib/auth/roles";
import { getStoreOrThrow } from "@/lib/catalog/stores/get-store-or-throw";
import { deleteStore, updateStore } from "@/lib/catalog/stores/save-store";
import { StorePut } from "@/lib/catalog/view-schemas";
import { apiRoute, json } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";

type Params = { id: string };

export const GET = apiRoute<Params>({ roles: ROLES.read }, async ({ actor, params }) =>
  json({ store: await getStoreOrThrow(actor.tenantId, params.id) }),
);

export const PUT = apiRoute<Params, undefined, typeof StorePut>({ roles: ROLES.write, body: StorePut }, async ({ actor, params, body }) =>
  json({ store: await updateStore(actor, params.id, body) }),
);

export const DELETE = apiRoute<Params>({ roles: ROLES.write }, async ({ actor, params }) => {
  await deleteStore(actor, params.id);
  return new Response(null, { status: 204 });
});

export const { POST, PATCH } = otherMethods({ GET, PUT, DELETE });
