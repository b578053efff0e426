"use server";
// Thin actions for Settings → Webhooks: parse, authorize (admins only), call one operation, refresh the page.
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { ROLES } from "@/lib/auth/roles";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { deleteWebhook } from "@/lib/webhooks/delete-webhook";
import { revealWebhookSecret } from "@/lib/webhooks/get-webhook-or-throw";
import { replayDelivery } from "@/lib/webhooks/replay-delivery";
import { WebhookInput, WebhookUpdate } from "@/lib/webhooks/schemas";
import { updateWebhook } from "@/lib/webhooks/update-webhook";
import { parseOrThrow } from "@/lib/zod-issues";

export async function createWebhookAction(input: unknown) {
  const result = await runAction(ROLES.admin, (actor) => createWebhook(actor, parseOrThrow(WebhookInput, input)));
  revalidatePath("/settings/webhooks");
  return result;
}

export async function updateWebhookAction(id: string, input: unknown) {
  const result = await runAction(ROLES.admin, (actor) => updateWebhook(actor, id, parseOrThrow(WebhookUpdate, input)));
  revalidatePath(`/settings/webhooks/${id}`);
  return result;
}

export async function deleteWebhookAction(id: string) {
  const result = await runAction(ROLES.admin, (actor) => deleteWebhook(actor, id));
  revalidatePath("/settings/webhooks");
  return result;
}

export async function revealWebhookSecretAction(id: string) {
  return runAction(ROLES.admin, (actor) => revealWebhookSecret(actor, id));
}

export async function replayDeliveryAction(endpointId: string, deliveryId: string) {
  const result = await runAction(ROLES.admin, (actor) => replayDelivery(actor, endpointId, deliveryId));
  revalidatePath(`/settings/webhooks/${endpointId}`);
  return result;
}
