// GET/PUT/DELETE /api/v1/webhooks/{id}: read, replace (with `version`; `enabled: true` switches a
// switched-off endpoint on again) or remove one webhook endpoint of the caller's tenant.
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, json } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { deleteWebhook } from "@/lib/webhooks/delete-webhook";
import { getWebhookOrThrow } from "@/lib/webhooks/get-webhook-or-throw";
import { updateWebhook } from "@/lib/webhooks/update-webhook";
import { WebhookPut } from "@/lib/webhooks/view-schemas";

type Params = { id: string };

export const GET = apiRoute<Params>({ roles: ROLES.admin }, async ({ actor, params }) =>
  json({ webhook: await getWebhookOrThrow(actor.tenantId, params.id) }),
);

export const PUT = apiRoute<Params, undefined, typeof WebhookPut>(
  { roles: ROLES.admin, body: WebhookPut },
  async ({ actor, params, body }) => json({ webhook: await updateWebhook(actor, params.id, body) }),
);

export const DELETE = apiRoute<Params>({ roles: ROLES.admin }, async ({ actor, params }) => {
  await deleteWebhook(actor, params.id);
  return new Response(null, { status: 204 });
});

export const { POST, PATCH } = otherMethods({ GET, PUT, DELETE });
