// webhooks.deliver: one HTTP attempt per run of the job. A failed scheduled attempt throws, so the runner
// retries at the delivery schedule's next time (job.retryAt, recorded on the delivery first); the last
// failed attempt counts towards switching the endpoint off. Replays are one attempt each, on the same
// webhook-id. Every attempt, whatever its outcome, is a row of the delivery log.
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { SYSTEM_ACTOR_NAME } from "@/lib/webhooks/system-actor";
import { db } from "@/lib/db/client";
import type { JobHandler, RunningJob } from "@/lib/jobs/types";
import {
  DELIVER_JOB_KIND,
  DELIVERY_ATTEMPTS,
  deliveryBackoff,
  SWITCH_OFF_AFTER_FAILED_DELIVERIES,
  type DeliverJobPayload,
} from "@/lib/webhooks/delivery-schedule";
import { abandonDelivery, loadDeliveryToSend, recordAttempt, switchEndpointOff } from "@/lib/webhooks/queries";
import { sendWebhook, type SendResult } from "@/lib/webhooks/send-webhook";

/** The body every attempt of a delivery sends: the Standard Webhooks payload shape. */
export function deliveryBody(event: { type: string; createdAt: Date; data: unknown }): string {
  return JSON.stringify({ type: event.type, timestamp: event.createdAt.toISOString(), data: event.data });
}

class DeliveryFailed extends Error {}

async function record(
  job: RunningJob<DeliverJobPayload>,
  ids: { tenantId: string; endpointId: string; deliveryId: string; pendingUntil: Date | null },
  result: SendResult,
) {
  const { trigger } = job.payload;
  const scheduled = trigger === "schedule";
  // A failed scheduled attempt waits for the runner's retry; a failed replay leaves the schedule as it was.
  const nextAttemptAt = result.ok ? null : scheduled ? job.retryAt : ids.pendingUntil;
  const exhausted = !result.ok && scheduled && job.retryAt === null;
  const at = new Date();
  await db().$transaction(async (tx) => {
    const streak = await recordAttempt(tx, {
      tenantId: ids.tenantId,
      deliveryId: ids.deliveryId,
      endpointId: ids.endpointId,
      trigger,
      outcome: result.ok ? "succeeded" : "failed",
      statusCode: result.statusCode,
      durationMs: result.durationMs,
      error: result.error,
      at,
      deliveryStatus: result.ok ? "succeeded" : nextAttemptAt ? "pending" : "failed",
      nextAttemptAt,
      exhausted,
    });
    if (streak === null || streak < SWITCH_OFF_AFTER_FAILED_DELIVERIES) return;
    const reason = `Switched off on ${at.toISOString().slice(0, 16).replace("T", " ")} UTC: the last ${streak} deliveries failed all ${DELIVERY_ATTEMPTS} attempts (last error: ${result.error ?? "unknown"}). Fix the receiver, then switch the endpoint on again and replay what it missed.`;
    if (await switchEndpointOff(tx, ids.tenantId, ids.endpointId, reason.slice(0, 1000), at)) {
      await recordAuditEvent(
        tx,
        { type: "system", id: "webhooks", name: SYSTEM_ACTOR_NAME, tenantId: ids.tenantId, role: "admin" },
        { action: "switch_off", objectType: "webhook", objectId: ids.endpointId, changes: { reason, failedDeliveries: streak } },
      );
    }
  });
}

export const deliverJobHandler: JobHandler<DeliverJobPayload> = {
  kind: DELIVER_JOB_KIND,
  payload: z.object({ deliveryId: z.string(), trigger: z.enum(["schedule", "replay"]) }),
  maxAttempts: DELIVERY_ATTEMPTS,
  backoff: deliveryBackoff,
  // Receivers are slow or down independently; a few at once per instance keeps one from holding up the rest.
  concurrency: 8,
  async run(job) {
    const tenantId = job.tenantId ?? "";
    const loaded = await loadDeliveryToSend(tenantId, job.payload.deliveryId);
    if (!loaded) return;
    const { delivery, endpoint, event } = loaded;
    if (!endpoint || !event)
      return abandonDelivery(db(), tenantId, delivery.id, endpoint ? "The event is no longer kept" : "The endpoint was deleted");
    // A replay made it succeed meanwhile, or it was abandoned: the schedule has nothing left to do.
    if (job.payload.trigger === "schedule" && delivery.status !== "pending") return;
    if (!endpoint.enabled) return abandonDelivery(db(), tenantId, delivery.id, "Not sent: the endpoint is switched off");
    const result = await sendWebhook({ url: endpoint.url, secret: endpoint.secret, messageId: delivery.id, body: deliveryBody(event) });
    await record(
      job,
      {
        tenantId,
        endpointId: endpoint.id,
        deliveryId: delivery.id,
        pendingUntil: delivery.status === "pending" ? delivery.nextAttemptAt : null,
      },
      result,
    );
    if (!result.ok) throw new DeliveryFailed(result.error ?? "Delivery failed");
  },
  async onGiveUp(job, reason) {
    if (reason.cause === "interrupted")
      await abandonDelivery(db(), job.tenantId ?? "", job.payload.deliveryId, `Gave up after ${reason.attempts - 1} interrupted attempts`);
  },
};
