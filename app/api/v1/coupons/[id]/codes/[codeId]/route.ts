// PUT /api/v1/coupons/{id}/codes/{codeId} activates or deactivates one code; name and redemptions are read-only (400 on change).
import { ROLES } from "@/lib/auth/roles";
import { CodeUpdateInput } from "@/lib/codes/schemas";
import { updateCode } from "@/lib/codes/set-codes-active";
import { apiRoute, json } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";

type Params = { id: string; codeId: string };

export const PUT = apiRoute<Params, undefined, typeof CodeUpdateInput>(
  { roles: ROLES.write, body: CodeUpdateInput },
  async ({ actor, params, body }) => json({ code: await updateCode(actor, params.id, params.codeId, body) }),
);

export const { GET, POST, PATCH, DELETE } = otherMethods({ PUT });
