// Every read and write of webhook endpoints, deliveries and their attempt log, tenant id in every
// query. The delivery worker's own statements (one per attempt) are here too; the fan-out from the
// outbox is in dispatch-queries.ts.
import { randomUUID } from "node:crypto";
import { db, type Db, type Tx } from "@/lib/db/client";
import { skipTake, type PageQuery } from "@/lib/http/pagination";

type Client = Db | Tx;

export function countEndpoints(client: Client, tenantId: string): Promise<number> {
  return client.webhookEndpoint.count({ where: { tenantId } });
}

export function findEndpoint(client: Client, tenantId: string, id: string) {
  return client.webhookEndpoint.findFirst({ where: { tenantId, id } });
}
export type EndpointRow = NonNullable<Awaited<ReturnType<typeof findEndpoint>>>;

export async function listEndpoints(tenantId: string, page: PageQuery): Promise<{ rows: EndpointRow[]; total: number }> {
  const [rows, total] = await Promise.all([
    db().webhookEndpoint.findMany({ where: { tenantId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], ...skipTake(page) }),
    db().webhookEndpoint.count({ where: { tenantId } }),
  ]);
  return { rows, total };
}

export type EndpointWrite = {
  url: string;
  description: string;
  eventTypes: string[];
  enabled: boolean;
  disabledReason: string | null;
  disabledAt: Date | null;
  failedDeliveryStreak?: number;
};

export function insertEndpoint(tx: Tx, tenantId: string, data: EndpointWrite & { secret: string; by: string }) {
  const { by, ...fields } = data;
  return tx.webhookEndpoint.create({ data: { tenantId, ...fields, createdBy: by, updatedBy: by } });
}

/** Writes only if the stored version is still `version` (check and write in one statement); answers the rows changed. */
export async function updateEndpointAtVersion(tx: Tx, tenantId: string, id: string, version: number, data: EndpointWrite & { by: string }) {
  const { by, ...fields } = data;
  const { count } = await tx.webhookEndpoint.updateMany({
    where: { tenantId, id, version },
    data: { ...fields, updatedBy: by, version: { increment: 1 } },
  });
  return count;
}

/** Removes the endpoint with its deliveries and their log; answers whether it existed. */
export async function deleteEndpointWithLog(tx: Tx, tenantId: string, id: string): Promise<boolean> {
  const { count } = await tx.webhookEndpoint.deleteMany({ where: { tenantId, id } });
  if (count === 0) return false;
  const deliveries = await tx.webhookDelivery.findMany({ where: { tenantId, endpointId: id }, select: { id: true } });
  const ids = deliveries.map((d) => d.id);
  for (let start = 0; start < ids.length; start += 500) {
    await tx.webhookAttempt.deleteMany({ where: { tenantId, deliveryId: { in: ids.slice(start, start + 500) } } });
  }
  await tx.webhookDelivery.deleteMany({ where: { tenantId, endpointId: id } });
  return true;
}

/** Most attempts a delivery's log shows (12 scheduled attempts and a few replays fit). */
const LOG_LIMIT = 50;

export async function listDeliveries(tenantId: string, endpointId: string, query: PageQuery & { status?: string }) {
  const where = { tenantId, endpointId, ...(query.status ? { status: query.status } : {}) };
  const [rows, total] = await Promise.all([
    db().webhookDelivery.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...skipTake(query) }),
    db().webhookDelivery.count({ where }),
  ]);
  const attempts = rows.length
    ? await db().webhookAttempt.findMany({
        where: { tenantId, deliveryId: { in: rows.map((r) => r.id) } },
        orderBy: [{ createdAt: "desc" }, { attempt: "desc" }],
      })
    : [];
  const byDelivery = new Map<string, typeof attempts>();
  for (const a of attempts) {
    const list = byDelivery.get(a.deliveryId) ?? [];
    if (list.length < LOG_LIMIT) list.push(a);
    byDelivery.set(a.deliveryId, list);
  }
  return { rows: rows.map((row) => ({ row, attempts: byDelivery.get(row.id) ?? [] })), total };
}

export function findDelivery(client: Client, tenantId: string, endpointId: string, id: string) {
  return client.webhookDelivery.findFirst({ where: { tenantId, endpointId, id } });
}

export async function deliveryAttempts(client: Client, tenantId: string, deliveryId: string) {
  return client.webhookAttempt.findMany({
    where: { tenantId, deliveryId },
    orderBy: [{ createdAt: "desc" }, { attempt: "desc" }],
    take: LOG_LIMIT,
  });
}

/** A delivery with its endpoint and its event, for one attempt (null when any of them is gone). */
export async function loadDeliveryToSend(tenantId: string, deliveryId: string) {
  const delivery = await db().webhookDelivery.findFirst({ where: { tenantId, id: deliveryId } });
  if (!delivery) return null;
  const [endpoint, event] = await Promise.all([
    db().webhookEndpoint.findFirst({ where: { tenantId, id: delivery.endpointId } }),
    db().outboxEvent.findFirst({ where: { tenantId, id: delivery.eventId } }),
  ]);
  return { delivery, endpoint, event };
}

export type AttemptRecord = {
  tenantId: string;
  deliveryId: string;
  endpointId: string;
  trigger: "schedule" | "replay";
  outcome: "succeeded" | "failed";
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  at: Date;
  /** The delivery's status after this attempt, and when the next scheduled one runs. */
  deliveryStatus: "pending" | "succeeded" | "failed";
  nextAttemptAt: Date | null;
  /** This attempt ended a delivery that failed every attempt (a step towards switching the endpoint off). */
  exhausted: boolean;
};

/**
 * The attempt's log row, the delivery's new state and the endpoint's failure streak, in one transaction.
 * Answers the endpoint's streak after the attempt (null when the endpoint is gone).
 */
export async function recordAttempt(tx: Tx, r: AttemptRecord): Promise<number | null> {
  const delivery = await tx.webhookDelivery.update({
    where: { id: r.deliveryId },
    data: {
      attempts: { increment: 1 },
      status: r.deliveryStatus,
      lastAttemptAt: r.at,
      lastStatusCode: r.statusCode,
      lastError: r.error,
      nextAttemptAt: r.nextAttemptAt,
    },
  });
  await tx.webhookAttempt.create({
    data: {
      id: randomUUID(),
      tenantId: r.tenantId,
      deliveryId: r.deliveryId,
      attempt: delivery.attempts,
      trigger: r.trigger,
      outcome: r.outcome,
      statusCode: r.statusCode,
      durationMs: r.durationMs,
      error: r.error,
      createdAt: r.at,
    },
  });
  if (r.outcome === "succeeded") {
    await tx.webhookEndpoint.updateMany({
      where: { tenantId: r.tenantId, id: r.endpointId, failedDeliveryStreak: { gt: 0 } },
      data: { failedDeliveryStreak: 0 },
    });
    return 0;
  }
  if (!r.exhausted) return null;
  const { count } = await tx.webhookEndpoint.updateMany({
    where: { tenantId: r.tenantId, id: r.endpointId },
    data: { failedDeliveryStreak: { increment: 1 } },
  });
  if (count === 0) return null;
  return (
    await tx.webhookEndpoint.findFirstOrThrow({ where: { tenantId: r.tenantId, id: r.endpointId }, select: { failedDeliveryStreak: true } })
  ).failedDeliveryStreak;
}

/** Switches an enabled endpoint off with its reason; answers whether this call did it. */
export async function switchEndpointOff(tx: Tx, tenantId: string, id: string, reason: string, at: Date): Promise<boolean> {
  const { count } = await tx.webhookEndpoint.updateMany({
    where: { tenantId, id, enabled: true },
    data: { enabled: false, disabledReason: reason, disabledAt: at, version: { increment: 1 }, updatedBy: "system" },
  });
  return count === 1;
}

/** A delivery that cannot be attempted (its endpoint was switched off or deleted): failed, nothing scheduled. */
export async function abandonDelivery(client: Client, tenantId: string, id: string, reason: string): Promise<void> {
  await client.webhookDelivery.updateMany({
    where: { tenantId, id, status: "pending" },
    data: { status: "failed", lastError: reason, nextAttemptAt: null },
  });
}

export async function markDeliveryPending(tx: Tx, tenantId: string, id: string, nextAttemptAt: Date): Promise<void> {
  await tx.webhookDelivery.updateMany({ where: { tenantId, id }, data: { status: "pending", nextAttemptAt } });
}
