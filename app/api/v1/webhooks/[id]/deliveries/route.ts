// GET /api/v1/webhooks/{id}/deliveries: the endpoint's deliveries, newest first, each with its attempt log.
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, json } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { listBody } from "@/lib/http/pagination";
import { listWebhookDeliveries } from "@/lib/webhooks/list-webhooks";
import { DeliveryListQuery } from "@/lib/webhooks/schemas";

export const GET = apiRoute<{ id: string }, typeof DeliveryListQuery>(
  { roles: ROLES.admin, query: DeliveryListQuery },
  async ({ actor, params, query, url }) => json(listBody(url, query, await listWebhookDeliveries(actor.tenantId, params.id, query))),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
