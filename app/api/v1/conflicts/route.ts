// GET /api/v1/conflicts: the conflict analyzer's findings for the caller's tenant (optional offer and kind filters), each with a counter-example cart.
import { ROLES } from "@/lib/auth/roles";
import { listConflicts } from "@/lib/conflicts/list-conflicts";
import { ConflictList } from "@/lib/conflicts/openapi";
import { ConflictListQuery } from "@/lib/conflicts/schemas";
import { apiRoute, json } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { listBody } from "@/lib/http/pagination";

export const GET = apiRoute({ roles: ROLES.read, query: ConflictListQuery }, async ({ actor, query, url }) => {
  const { counts, ...page } = await listConflicts(actor.tenantId, query);
  return json(ConflictList.parse({ ...listBody(url, query, page), counts }));
});

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
