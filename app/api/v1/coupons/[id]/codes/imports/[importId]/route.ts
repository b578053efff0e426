// GET /api/v1/coupons/{id}/codes/imports/{importId}: one import job with its progress (the console polls this).
import { ROLES } from "@/lib/auth/roles";
import { getImportOrThrow } from "@/lib/codes/list-imports";
import { importLinks } from "@/lib/codes/views";
import { apiRoute, json } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";

type Params = { id: string; importId: string };

export const GET = apiRoute<Params>({ roles: ROLES.read }, async ({ actor, params }) => {
  const codesImport = await getImportOrThrow(actor.tenantId, params.id, params.importId);
  const response = json({ codesImport, links: importLinks(params.id, codesImport.id) });
  response.headers.set("Cache-Control", "no-store");
  return response;
});

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
