// Webhook endpoints and deliveries as the API and the console show them (never raw rows).
import { EVENT_TYPES, type EventType } from "@/lib/outbox/event-types";
import { secretHint } from "@/lib/webhooks/secret";
import type { WebhookAttemptView, WebhookDeliveryView, WebhookView } from "@/lib/webhooks/view-schemas";

export type { WebhookAttemptView, WebhookDeliveryView, WebhookView };

type EndpointRow = {
  id: string;
  url: string;
  description: string;
  secret: string;
  eventTypes: unknown;
  enabled: boolean;
  disabledReason: string | null;
  disabledAt: Date | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
};

export function eventTypesOf(value: unknown): EventType[] {
  return Array.isArray(value) ? value.filter((t): t is EventType => (EVENT_TYPES as readonly string[]).includes(t)) : [];
}

export function toWebhookView(row: EndpointRow): WebhookView {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: eventTypesOf(row.eventTypes),
    enabled: row.enabled,
    disabledReason: row.disabledReason,
    disabledAt: row.disabledAt?.toISOString() ?? null,
    secretHint: secretHint(row.secret),
    version: String(row.version),
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

type AttemptRow = {
  attempt: number;
  trigger: string;
  outcome: string;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  createdAt: Date;
};

export function toAttemptView(row: AttemptRow): WebhookAttemptView {
  return {
    attempt: row.attempt,
    trigger: row.trigger === "replay" ? "replay" : "schedule",
    outcome: row.outcome === "succeeded" ? "succeeded" : "failed",
    statusCode: row.statusCode,
    durationMs: row.durationMs,
    error: row.error,
    at: row.createdAt.toISOString(),
  };
}

type DeliveryRow = {
  id: string;
  endpointId: string;
  eventId: string;
  eventType: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  lastAttemptAt: Date | null;
  nextAttemptAt: Date | null;
  createdAt: Date;
};

export function toDeliveryView(row: DeliveryRow, attempts: readonly AttemptRow[]): WebhookDeliveryView {
  return {
    id: row.id,
    endpointId: row.endpointId,
    eventId: row.eventId,
    // Written from an outbox event of a known type (dispatch-outbox.ts).
    eventType: row.eventType as EventType,
    status: row.status === "succeeded" ? "succeeded" : row.status === "failed" ? "failed" : "pending",
    attempts: row.attempts,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
    nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    log: attempts.map(toAttemptView),
  };
}
