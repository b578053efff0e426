// Replays a delivery from the console or the API: one more attempt now, with the same webhook-id (a
// receiver that processed it already drops it), signed afresh. The endpoint must be switched on.
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { kickJobRunner } from "@/lib/jobs/runner";
import { DELIVER_JOB_KIND, type DeliverJobPayload } from "@/lib/webhooks/delivery-schedule";
import { getEndpointRowOrThrow } from "@/lib/webhooks/get-webhook-or-throw";
import { deliveryAttempts, findDelivery } from "@/lib/webhooks/queries";
import { toDeliveryView, type WebhookDeliveryView } from "@/lib/webhooks/views";

export async function replayDelivery(actor: Actor, endpointId: string, deliveryId: string): Promise<WebhookDeliveryView> {
  const view = await db().$transaction(async (tx) => {
    const endpoint = await getEndpointRowOrThrow(tx, actor.tenantId, endpointId);
    const delivery = await findDelivery(tx, actor.tenantId, endpointId, deliveryId);
    if (!delivery) throw AppError.notFound("Webhook delivery");
    if (!endpoint.enabled)
      throw new AppError("conflict", "The endpoint is switched off: switch it on first, then replay", {
        causes: [{ field: "enabled", message: "The endpoint is switched off", code: "endpoint_disabled" }],
      });
    await enqueueJob(tx, {
      kind: DELIVER_JOB_KIND,
      tenantId: actor.tenantId,
      payload: { deliveryId, trigger: "replay" } satisfies DeliverJobPayload,
      maxAttempts: 1,
    });
    await recordAuditEvent(tx, actor, {
      action: "replay",
      objectType: "webhook",
      objectId: endpointId,
      changes: { deliveryId, eventType: delivery.eventType },
    });
    return toDeliveryView(delivery, await deliveryAttempts(tx, actor.tenantId, deliveryId));
  });
  kickJobRunner();
  return view;
}
