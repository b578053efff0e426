// Retention of the outbox and the delivery log: 30 days, then events (once fanned out), deliveries and
// their attempts go, in bounded batches per run of this periodic kind.
import { z } from "zod";
import { db } from "@/lib/db/client";
import { statementsOf } from "@/lib/db/statements";
import type { JobHandler } from "@/lib/jobs/types";
import { deleteDispatchedEvents } from "@/lib/outbox/queries";

export const WEBHOOK_LOG_KEPT_MS = 30 * 24 * 60 * 60 * 1000;
const ROWS_PER_DELETE = 2_000;
const DELETES_PER_RUN = 20;

export async function pruneWebhookLog(before = new Date(Date.now() - WEBHOOK_LOG_KEPT_MS)): Promise<void> {
  for (let i = 0; i < DELETES_PER_RUN; i++) {
    const old = await db().webhookDelivery.findMany({
      where: { createdAt: { lt: before }, status: { not: "pending" } },
      select: { id: true },
      take: ROWS_PER_DELETE,
    });
    if (old.length === 0) break;
    const ids = old.map((d) => d.id);
    await db().$transaction(async (tx) => {
      await tx.webhookAttempt.deleteMany({ where: { deliveryId: { in: ids } } });
      await tx.webhookDelivery.deleteMany({ where: { id: { in: ids } } });
    });
    if (old.length < ROWS_PER_DELETE) break;
  }
  for (let i = 0; i < DELETES_PER_RUN; i++) {
    if ((await deleteDispatchedEvents(statementsOf(db()), before, ROWS_PER_DELETE)) < ROWS_PER_DELETE) break;
  }
}

export const pruneWebhooksJobHandler: JobHandler<Record<string, never>> = {
  kind: "webhooks.prune",
  payload: z.object({}),
  every: 60 * 60 * 1000,
  async run() {
    await pruneWebhookLog();
  },
};
