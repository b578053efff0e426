// GET/PUT /api/v1/conflicts/settings: the conflict analyzer's settings of the caller's tenant (the stacking threshold, 1–100 %, default 50).
import { ROLES } from "@/lib/auth/roles";
import { getConflictSettings, saveConflictSettings } from "@/lib/conflicts/conflict-settings";
import { ConflictSettingsInput } from "@/lib/conflicts/schemas";
import { apiRoute, json } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const GET = apiRoute({ roles: ROLES.read }, async ({ actor }) => json(await getConflictSettings(actor.tenantId)));

export const PUT = apiRoute({ roles: ROLES.write, body: ConflictSettingsInput }, async ({ actor, body, requestId }) =>
  json(await saveConflictSettings(actor, body, { requestId })),
);

export const { POST, PATCH, DELETE } = otherMethods({ GET, PUT });
