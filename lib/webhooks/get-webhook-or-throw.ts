// One endpoint of the caller's tenant (404 for another tenant's id), and its secret for admins.
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db, type Db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findEndpoint, type EndpointRow } from "@/lib/webhooks/queries";
import { toWebhookView, type WebhookView } from "@/lib/webhooks/views";

export async function getEndpointRowOrThrow(client: Db | Tx, tenantId: string, id: string): Promise<EndpointRow> {
  const row = await findEndpoint(client, tenantId, id);
  if (!row) throw AppError.notFound("Webhook endpoint");
  return row;
}

export async function getWebhookOrThrow(tenantId: string, id: string): Promise<WebhookView> {
  return toWebhookView(await getEndpointRowOrThrow(db(), tenantId, id));
}

/** The signing secret; each reveal is in the audit log. */
export async function revealWebhookSecret(actor: Actor, id: string): Promise<{ secret: string }> {
  return db().$transaction(async (tx) => {
    const row = await getEndpointRowOrThrow(tx, actor.tenantId, id);
    await recordAuditEvent(tx, actor, { action: "reveal_secret", objectType: "webhook", objectId: id, changes: { url: row.url } });
    return { secret: row.secret };
  });
}
