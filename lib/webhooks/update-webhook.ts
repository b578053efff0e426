// Replaces an endpoint's settings (PUT with the version read last). Switching it on again clears the
// switched-off notice and the failure streak; switching it off by hand says who did.
import type { Actor } from "@/lib/auth/actor";
import { actorLabel } from "@/lib/auth/actor";
import { diffFields, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertVersion, assertWritten } from "@/lib/catalog/version";
import { db } from "@/lib/db/client";
import { getEndpointRowOrThrow } from "@/lib/webhooks/get-webhook-or-throw";
import { findEndpoint, updateEndpointAtVersion } from "@/lib/webhooks/queries";
import type { WebhookUpdate } from "@/lib/webhooks/schemas";
import { toWebhookView, type WebhookView } from "@/lib/webhooks/views";

const audited = (v: WebhookView) => ({ url: v.url, description: v.description, eventTypes: v.eventTypes, enabled: v.enabled });

export async function updateWebhook(actor: Actor, id: string, input: WebhookUpdate): Promise<WebhookView> {
  return db().$transaction(async (tx) => {
    const before = await getEndpointRowOrThrow(tx, actor.tenantId, id);
    assertVersion("this webhook endpoint", before.version, input.version);
    const switchedOn = input.enabled && !before.enabled;
    const switchedOff = !input.enabled && before.enabled;
    const count = await updateEndpointAtVersion(tx, actor.tenantId, id, before.version, {
      url: input.url,
      description: input.description,
      eventTypes: input.eventTypes,
      enabled: input.enabled,
      disabledReason: input.enabled ? null : switchedOff ? `Switched off by ${actorLabel(actor)}` : before.disabledReason,
      disabledAt: input.enabled ? null : switchedOff ? new Date() : before.disabledAt,
      ...(switchedOn ? { failedDeliveryStreak: 0 } : {}),
      by: actorLabel(actor),
    });
    const row = assertWritten("this webhook endpoint", count, await findEndpoint(tx, actor.tenantId, id));
    const view = toWebhookView(row);
    await recordAuditEvent(tx, actor, {
      action: "update",
      objectType: "webhook",
      objectId: id,
      changes: diffFields(audited(toWebhookView(before)), audited(view)),
    });
    return view;
  });
}
