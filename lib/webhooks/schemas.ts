// Zod contracts of webhook endpoints (contract §9): one schema per input, shared by the Settings form,
// the server actions, the REST routes and OpenAPI.
import { z } from "zod";
import { PageQuery } from "@/lib/http/pagination";
import { EVENT_TYPES } from "@/lib/outbox/event-types";
import { text } from "@/lib/validation/text";

export const MAX_URL_LENGTH = 2000;
export const MAX_DESCRIPTION_LENGTH = 200;
/** Endpoints per tenant: enough for every system that listens, few enough to fan out cheaply. */
export const MAX_ENDPOINTS_PER_TENANT = 20;
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Why `value` is not a URL we deliver to, or undefined when it is. */
export function webhookUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "url must be an absolute URL such as https://example.com/webhooks";
  }
  if (url.protocol === "https:") return url.hostname ? undefined : "url must name a host";
  if (url.protocol === "http:" && LOCAL_HOSTS.has(url.hostname)) return undefined;
  if (url.protocol === "http:") return "url must use https (plain http only for localhost and 127.0.0.1)";
  return "url must be an https URL";
}

export const WebhookUrl = text("url")
  .trim()
  .min(1, "url is required")
  .max(MAX_URL_LENGTH, `url must be at most ${MAX_URL_LENGTH} characters`)
  .superRefine((value, ctx) => {
    const problem = webhookUrlProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .describe("Where deliveries are POSTed: https, or http://localhost / http://127.0.0.1 for development");

const EventTypeChoice = z.enum(EVENT_TYPES, { error: `Event types are ${EVENT_TYPES.join(", ")}` });

export const WebhookEventTypes = z
  .array(EventTypeChoice, { error: "eventTypes must be a list of event types" })
  .min(1, "Choose at least one event type")
  .max(EVENT_TYPES.length, `eventTypes has at most ${EVENT_TYPES.length} entries`)
  .refine((types) => new Set(types).size === types.length, { message: "eventTypes lists an event type twice" })
  .describe("The events this endpoint receives");

const Description = text("description")
  .trim()
  .max(MAX_DESCRIPTION_LENGTH, `description must be at most ${MAX_DESCRIPTION_LENGTH} characters`);

export const WebhookInput = z.strictObject({
  url: WebhookUrl,
  description: Description.default(""),
  eventTypes: WebhookEventTypes,
  enabled: z.boolean({ error: "enabled must be true or false" }).default(true),
});
export type WebhookInput = z.output<typeof WebhookInput>;

/** PUT: the whole endpoint again with the version read last; `enabled: true` re-enables a switched-off one. */
export const WebhookUpdate = WebhookInput.extend({
  version: text("version", { error: "version is required: send the version you read last" })
    .trim()
    .min(1, "version is required: send the version you read last")
    .max(20, "version must be at most 20 characters"),
});
export type WebhookUpdate = z.output<typeof WebhookUpdate>;

export const WebhookListQuery = PageQuery;
export type WebhookListQuery = z.output<typeof WebhookListQuery>;

export const DeliveryListQuery = PageQuery.extend({
  status: z.enum(["pending", "succeeded", "failed"], { error: "status is pending, succeeded or failed" }).optional(),
});
export type DeliveryListQuery = z.output<typeof DeliveryListQuery>;
