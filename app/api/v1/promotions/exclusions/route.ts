// GET/PUT/DELETE /api/v1/promotions/exclusions: the tenant's global list of never-discounted products.
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, json } from "@/lib/http/api-route";
import { getExclusionList } from "@/lib/offers/exclusions/get-exclusion-list";
import { deleteExclusionList, saveExclusionList } from "@/lib/offers/exclusions/save-exclusion-list";
import { ExclusionListPut } from "@/lib/offers/put-schemas";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const GET = apiRoute({ roles: ROLES.read }, async ({ actor }) => json(await getExclusionList(actor.tenantId)));

export const PUT = apiRoute({ roles: ROLES.write, body: ExclusionListPut }, async ({ actor, body, requestId }) =>
  json(await saveExclusionList(actor, body, { requestId })),
);

export const DELETE = apiRoute({ roles: ROLES.write }, async ({ actor, requestId }) => {
  await deleteExclusionList(actor, { requestId });
  return new Response(null, { status: 204 });
});

export const { POST, PATCH } = otherMethods({ GET, PUT, DELETE });
