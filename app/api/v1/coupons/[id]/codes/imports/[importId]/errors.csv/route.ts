// GET /api/v1/coupons/{id}/codes/imports/{importId}/errors.csv: the rejected rows (row, code, reason), streamed and formula-escaped.
import { ROLES } from "@/lib/auth/roles";
import { getImportOrThrow } from "@/lib/codes/list-imports";
import { streamImportErrorsCsv } from "@/lib/codes/stream-csv";
import { apiRoute } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";

type Params = { id: string; importId: string };

export const GET = apiRoute<Params>({ roles: ROLES.read }, async ({ actor, params }) => {
  const codesImport = await getImportOrThrow(actor.tenantId, params.id, params.importId);
  return new Response(streamImportErrorsCsv(codesImport.id), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="import-${codesImport.id}-errors.csv"`,
      "Cache-Control": "no-store",
    },
  });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
