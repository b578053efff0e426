// POST /api/v1/webhooks creates a webhook endpoint (its secret is in this answer); GET lists them.
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, created, json } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { listBody } from "@/lib/http/pagination";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { listWebhooks } from "@/lib/webhooks/list-webhooks";
import { WebhookInput, WebhookListQuery } from "@/lib/webhooks/schemas";

export const POST = apiRoute({ roles: ROLES.admin, body: WebhookInput }, async ({ actor, body }) => {
  const webhook = await createWebhook(actor, body);
  return created({ webhook }, `/api/v1/webhooks/${encodeURIComponent(webhook.id)}`);
});

export const GET = apiRoute({ roles: ROLES.admin, query: WebhookListQuery }, async ({ actor, query, url }) =>
  json(listBody(url, query, await listWebhooks(actor.tenantId, query))),
);

export const { PUT, PATCH, DELETE } = otherMethods({ GET, POST });
