// POST /api/v1/webhooks/{id}/deliveries/{deliveryId}/replay: one more attempt now, same webhook-id (202).
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, json } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { replayDelivery } from "@/lib/webhooks/replay-delivery";

export const POST = apiRoute<{ id: string; deliveryId: string }>({ roles: ROLES.admin }, async ({ actor, params }) =>
  json({ delivery: await replayDelivery(actor, params.id, params.deliveryId) }, 202),
);

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
