// POST /api/v1/coupons/{id}/codes/imports uploads a CSV (multipart, part "import") and queues the job (202); GET lists the coupon's imports.
import { ROLES } from "@/lib/auth/roles";
import { createCodeImport } from "@/lib/codes/create-code-import";
import { listImports } from "@/lib/codes/list-imports";
import { ImportListQuery } from "@/lib/codes/schemas";
import { importLinks } from "@/lib/codes/views";
import { apiRoute, json } from "@/lib/http/api-route";
import { listBody } from "@/lib/http/pagination";
import { otherMethods } from "@/lib/http/method-not-allowed";

type Params = { id: string };

export const POST = apiRoute<Params>({ roles: ROLES.write }, async ({ actor, params, request }) => {
  const codesImport = await createCodeImport(actor, params.id, request);
  const links = importLinks(params.id, codesImport.id);
  return Response.json({ codesImport, links }, { status: 202, headers: { Location: links.self } });
});

export const GET = apiRoute<Params, typeof ImportListQuery>(
  { roles: ROLES.read, query: ImportListQuery },
  async ({ actor, params, query, url }) => json(listBody(url, query, await listImports(actor.tenantId, params.id, query))),
);

export const { PUT, PATCH, DELETE } = otherMethods({ GET, POST });
