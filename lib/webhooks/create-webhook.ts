// Creates a webhook endpoint with a new secret (shown in this answer; later only to admins who ask).
import type { Actor } from "@/lib/auth/actor";
import { actorLabel } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { countEndpoints, insertEndpoint } from "@/lib/webhooks/queries";
import { MAX_ENDPOINTS_PER_TENANT, type WebhookInput } from "@/lib/webhooks/schemas";
import { generateWebhookSecret } from "@/lib/webhooks/secret";
import type { WebhookCreatedView } from "@/lib/webhooks/view-schemas";
import { toWebhookView } from "@/lib/webhooks/views";

export async function createWebhook(actor: Actor, input: WebhookInput): Promise<WebhookCreatedView> {
  return db().$transaction(async (tx) => {
    if ((await countEndpoints(tx, actor.tenantId)) >= MAX_ENDPOINTS_PER_TENANT)
      throw new AppError("conflict", `A tenant has at most ${MAX_ENDPOINTS_PER_TENANT} webhook endpoints; delete one first`);
    const row = await insertEndpoint(tx, actor.tenantId, {
      url: input.url,
      description: input.description,
      eventTypes: input.eventTypes,
      enabled: input.enabled,
      disabledReason: input.enabled ? null : `Switched off by ${actorLabel(actor)}`,
      disabledAt: input.enabled ? null : new Date(),
      secret: generateWebhookSecret(),
      by: actorLabel(actor),
    });
    const view = toWebhookView(row);
    await recordAuditEvent(tx, actor, {
      action: "create",
      objectType: "webhook",
      objectId: row.id,
      changes: { url: view.url, description: view.description, eventTypes: view.eventTypes, enabled: view.enabled },
    });
    return { ...view, secret: row.secret };
  });
}
