// Removes an endpoint with its delivery log; its scheduled attempts find it gone and stop.
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { deleteEndpointWithLog, findEndpoint } from "@/lib/webhooks/queries";

export async function deleteWebhook(actor: Actor, id: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const row = await findEndpoint(tx, actor.tenantId, id);
    if (!row || !(await deleteEndpointWithLog(tx, actor.tenantId, id))) throw AppError.notFound("Webhook endpoint");
    await recordAuditEvent(tx, actor, { action: "delete", objectType: "webhook", objectId: id, changes: { url: row.url } });
  });
}
