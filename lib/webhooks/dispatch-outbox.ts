// The fan-out of the outbox (contract §9): each event becomes one delivery per enabled endpoint of its
// tenant that subscribed to its type, and each delivery a job of the one runner (webhooks.deliver). One
// transaction per batch: the deliveries, their jobs and the events' dispatchedAt commit together, so an
// event is fanned out exactly once; a periodic kind on the runner, so one instance at a time does it.
import { z } from "zod";
import { db } from "@/lib/db/client";
import { statementsOf } from "@/lib/db/statements";
import { yieldToEventLoop } from "@/lib/event-loop";
import { enqueueJobs } from "@/lib/jobs/enqueue-job";
import { kickJobRunner } from "@/lib/jobs/runner";
import type { JobHandler } from "@/lib/jobs/types";
import { markEventsDispatched, selectUndispatchedEvents } from "@/lib/outbox/queries";
import { DELIVER_JOB_KIND, DELIVERY_ATTEMPTS, type DeliverJobPayload } from "@/lib/webhooks/delivery-schedule";
import { anyUndispatchedEvent, insertDeliveries, type NewDelivery } from "@/lib/webhooks/dispatch-queries";
import { eventTypesOf } from "@/lib/webhooks/views";

const EVENTS_PER_BATCH = 500;
const BATCHES_PER_RUN = 20;

/** Fans out one batch of events; answers how many events it took (0: the outbox is dispatched). */
export async function dispatchOutboxBatch(now = new Date()): Promise<{ events: number; deliveries: number }> {
  if (!(await anyUndispatchedEvent(statementsOf(db())))) return { events: 0, deliveries: 0 };
  return db().$transaction(async (tx) => {
    const sql = statementsOf(tx);
    const events = await selectUndispatchedEvents(sql, EVENTS_PER_BATCH);
    if (events.length === 0) return { events: 0, deliveries: 0 };
    const tenants = [...new Set(events.map((e) => e.tenantId))];
    const endpoints = await tx.webhookEndpoint.findMany({
      where: { tenantId: { in: tenants }, enabled: true },
      select: { id: true, tenantId: true, eventTypes: true },
    });
    const wanted: NewDelivery[] = events.flatMap((event) =>
      endpoints
        .filter((endpoint) => endpoint.tenantId === event.tenantId && eventTypesOf(endpoint.eventTypes).includes(event.type as never))
        .map((endpoint) => ({ tenantId: event.tenantId, endpointId: endpoint.id, eventId: event.id, eventType: event.type })),
    );
    const created = wanted.length ? await insertDeliveries(sql, wanted, now) : [];
    await enqueueJobs(
      tx,
      created.map((d) => ({
        kind: DELIVER_JOB_KIND,
        tenantId: d.tenantId,
        payload: { deliveryId: d.id, trigger: "schedule" } satisfies DeliverJobPayload,
        dedupKey: d.id,
        maxAttempts: DELIVERY_ATTEMPTS,
      })),
    );
    await markEventsDispatched(
      sql,
      events.map((e) => e.id),
      now,
    );
    return { events: events.length, deliveries: created.length };
  });
}

export async function dispatchOutbox(): Promise<number> {
  let deliveries = 0;
  for (let i = 0; i < BATCHES_PER_RUN; i++) {
    const batch = await dispatchOutboxBatch();
    deliveries += batch.deliveries;
    if (batch.events < EVENTS_PER_BATCH) break;
    await yieldToEventLoop();
  }
  if (deliveries > 0) kickJobRunner();
  return deliveries;
}

export const dispatchOutboxJobHandler: JobHandler<Record<string, never>> = {
  kind: "webhooks.dispatch",
  payload: z.object({}),
  every: 1_000,
  async run() {
    await dispatchOutbox();
  },
};
