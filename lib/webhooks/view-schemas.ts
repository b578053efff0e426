// Output schemas of webhooks: what the view mappers return (their types are z.output of these), what
// OpenAPI documents, and what a PUT may echo back (its read-only fields are accepted and ignored).
import { z } from "zod";
import { acceptingReadOnlyFields } from "@/lib/http/read-only-fields";
import { EventType } from "@/lib/outbox/event-types";
import { WebhookUpdate } from "@/lib/webhooks/schemas";

export const WebhookView = z.object({
  id: z.string(),
  url: z.string(),
  description: z.string(),
  eventTypes: z.array(EventType),
  enabled: z.boolean(),
  disabledReason: z.string().nullable().describe("Why the endpoint was switched off (repeated failures); null while enabled"),
  disabledAt: z.string().nullable(),
  secretHint: z.string().describe("The secret's first characters, to tell secrets apart"),
  version: z.string().describe("Send it back with a PUT; it changes on every write"),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type WebhookView = z.output<typeof WebhookView>;

export const WebhookSecret = z.object({
  secret: z.string().describe("whsec_ followed by base64: the Standard Webhooks signing secret of this endpoint"),
});

/** The create answer: the endpoint and, this once, its secret. */
export const WebhookCreatedView = WebhookView.extend(WebhookSecret.shape);
export type WebhookCreatedView = z.output<typeof WebhookCreatedView>;

export const WebhookAttemptView = z.object({
  attempt: z.number().int(),
  trigger: z.enum(["schedule", "replay"]),
  outcome: z.enum(["succeeded", "failed"]),
  statusCode: z.number().int().nullable().describe("The receiver's HTTP status; null when no answer came (timeout, refused)"),
  durationMs: z.number().int(),
  error: z.string().nullable(),
  at: z.string(),
});
export type WebhookAttemptView = z.output<typeof WebhookAttemptView>;

export const WebhookDeliveryView = z.object({
  id: z.string().describe("The webhook-id header of every attempt of this delivery"),
  endpointId: z.string(),
  eventId: z.string(),
  eventType: EventType,
  status: z.enum(["pending", "succeeded", "failed"]),
  attempts: z.number().int(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  lastAttemptAt: z.string().nullable(),
  nextAttemptAt: z.string().nullable().describe("When the next scheduled attempt runs; null when none is scheduled"),
  createdAt: z.string(),
  log: z.array(WebhookAttemptView).describe("Every attempt, newest first"),
});
export type WebhookDeliveryView = z.output<typeof WebhookDeliveryView>;

export const WebhookPut = acceptingReadOnlyFields(WebhookUpdate, WebhookView);
