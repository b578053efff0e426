// The tenant's endpoints, oldest first, and one endpoint's deliveries, newest first, each with its log.
import type { Page } from "@/lib/http/pagination";
import { getEndpointRowOrThrow } from "@/lib/webhooks/get-webhook-or-throw";
import { db } from "@/lib/db/client";
import { listDeliveries, listEndpoints } from "@/lib/webhooks/queries";
import type { DeliveryListQuery, WebhookListQuery } from "@/lib/webhooks/schemas";
import { toDeliveryView, toWebhookView, type WebhookDeliveryView, type WebhookView } from "@/lib/webhooks/views";

export async function listWebhooks(tenantId: string, query: WebhookListQuery): Promise<Page<WebhookView>> {
  const { rows, total } = await listEndpoints(tenantId, query);
  return { items: rows.map(toWebhookView), total };
}

export async function listWebhookDeliveries(
  tenantId: string,
  endpointId: string,
  query: DeliveryListQuery,
): Promise<Page<WebhookDeliveryView>> {
  await getEndpointRowOrThrow(db(), tenantId, endpointId);
  const { rows, total } = await listDeliveries(tenantId, endpointId, query);
  return { items: rows.map(({ row, attempts }) => toDeliveryView(row, attempts)), total };
}
