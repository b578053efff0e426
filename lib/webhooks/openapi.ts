// OpenAPI registration of the webhook endpoint routes (tag Webhooks), and of the events themselves under
// the document's `webhooks`: what a receiver gets, with the Standard Webhooks headers to verify.
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { BEARER, errorResponses, IdParams, jsonBody, jsonResponse, listEnvelope, named } from "@/lib/openapi/registry";
import { EVENT_DATA, EVENT_DESCRIPTIONS, EVENT_TYPES } from "@/lib/outbox/event-types";
import { DeliveryListQuery, WebhookInput, WebhookListQuery } from "@/lib/webhooks/schemas";
import { WebhookCreatedView, WebhookDeliveryView, WebhookPut, WebhookSecret, WebhookView } from "@/lib/webhooks/view-schemas";

const TAGS = ["Webhooks"];

const SIGNATURE_HEADERS = z.object({
  "webhook-id": z.string().describe("The delivery's id: the same on every retry and replay of this event to this endpoint; drop repeats"),
  "webhook-timestamp": z.string().describe("Unix seconds when this attempt was signed"),
  "webhook-signature": z
    .string()
    .describe("v1,<base64 HMAC-SHA256 of `${webhook-id}.${webhook-timestamp}.${body}`> with the endpoint's secret"),
});

export function registerWebhookRoutes(registry: OpenAPIRegistry): void {
  const Webhook = named("Webhook", WebhookView);
  const one = z.object({ webhook: Webhook });
  const Delivery = named("WebhookDelivery", WebhookDeliveryView);
  const DeliveryParams = z.object({
    id: z.string().describe("The endpoint's id"),
    deliveryId: z.string().describe("The delivery's id (webhook-id)"),
  });
  registry.registerPath({
    method: "post",
    path: "/api/v1/webhooks",
    tags: TAGS,
    summary: "Create a webhook endpoint",
    description: "Admins only. The answer holds the endpoint's signing secret (whsec_…); GET /api/v1/webhooks/{id}/secret shows it again.",
    security: BEARER,
    request: { body: jsonBody(named("WebhookInput", WebhookInput)) },
    responses: {
      201: jsonResponse("The new endpoint with its secret", z.object({ webhook: named("WebhookCreated", WebhookCreatedView) })),
      ...errorResponses(400, 409, 413, 415),
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/webhooks",
    tags: TAGS,
    summary: "List webhook endpoints",
    security: BEARER,
    request: { query: WebhookListQuery },
    responses: { 200: jsonResponse("One page", listEnvelope(Webhook)), ...errorResponses(400) },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/webhooks/{id}",
    tags: TAGS,
    summary: "Get a webhook endpoint",
    security: BEARER,
    request: { params: IdParams },
    responses: { 200: jsonResponse("The endpoint", one), ...errorResponses(404) },
  });
  registry.registerPath({
    method: "put",
    path: "/api/v1/webhooks/{id}",
    tags: TAGS,
    summary: "Replace a webhook endpoint",
    description: "Send the `version` read last. `enabled: true` switches an endpoint that was switched off after failures on again.",
    security: BEARER,
    request: { params: IdParams, body: jsonBody(named("WebhookUpdate", WebhookPut)) },
    responses: { 200: jsonResponse("The updated endpoint", one), ...errorResponses(400, 404, 409, 413, 415) },
  });
  registry.registerPath({
    method: "delete",
    path: "/api/v1/webhooks/{id}",
    tags: TAGS,
    summary: "Delete a webhook endpoint and its delivery log",
    security: BEARER,
    request: { params: IdParams },
    responses: { 204: { description: "Deleted" }, ...errorResponses(404) },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/webhooks/{id}/secret",
    tags: TAGS,
    summary: "Reveal an endpoint's signing secret",
    security: BEARER,
    request: { params: IdParams },
    responses: { 200: jsonResponse("The secret", named("WebhookSecret", WebhookSecret)), ...errorResponses(404) },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/webhooks/{id}/deliveries",
    tags: TAGS,
    summary: "List an endpoint's deliveries with their attempt log",
    security: BEARER,
    request: { params: IdParams, query: DeliveryListQuery },
    responses: { 200: jsonResponse("One page, newest first", listEnvelope(Delivery)), ...errorResponses(400, 404) },
  });
  registry.registerPath({
    method: "post",
    path: "/api/v1/webhooks/{id}/deliveries/{deliveryId}/replay",
    tags: TAGS,
    summary: "Replay a delivery now (same webhook-id)",
    security: BEARER,
    request: { params: DeliveryParams },
    responses: {
      202: jsonResponse("The delivery; the attempt runs in the background", z.object({ delivery: Delivery })),
      ...errorResponses(404, 409),
    },
  });
  for (const type of EVENT_TYPES) {
    registry.registerWebhook({
      method: "post",
      path: type,
      tags: TAGS,
      summary: EVENT_DESCRIPTIONS[type],
      description: "POSTed to each enabled endpoint subscribed to this type; retried with backoff for over 24 h until a 2xx answer.",
      request: {
        headers: SIGNATURE_HEADERS,
        body: jsonBody(
          z.object({ type: z.literal(type), timestamp: z.string().describe("When the event happened (ISO 8601)"), data: EVENT_DATA[type] }),
        ),
      },
      responses: { 200: { description: "Any 2xx acknowledges the delivery" } },
    });
  }
}
