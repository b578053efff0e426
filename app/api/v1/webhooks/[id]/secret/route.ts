// GET /api/v1/webhooks/{id}/secret: the endpoint's signing secret (admins; each reveal is audited).
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, json } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { revealWebhookSecret } from "@/lib/webhooks/get-webhook-or-throw";

export const GET = apiRoute<{ id: string }>({ roles: ROLES.admin }, async ({ actor, params }) =>
  json(await revealWebhookSecret(actor, params.id)),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
