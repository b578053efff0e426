// Webhook rules that need no database: which URLs and event lists an endpoint accepts (each refusal
// names the field and the limit), the delivery schedule's span, the offer.expiring windows, and the
// signature headers (checked with the standardwebhooks package's own verify).
import { describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import { expiringWarning } from "@/lib/offers/expiring-offers-job";
import { DELIVERY_ATTEMPTS, deliveryBackoff } from "@/lib/webhooks/delivery-schedule";
import { MAX_DESCRIPTION_LENGTH, MAX_URL_LENGTH, WebhookInput } from "@/lib/webhooks/schemas";
import { generateWebhookSecret, secretHint } from "@/lib/webhooks/secret";
import { signedHeaders } from "@/lib/webhooks/send-webhook";
import { WebhookPut } from "@/lib/webhooks/view-schemas";
import { causesFromZod } from "@/lib/zod-issues";

const causes = (input: unknown) => {
  const parsed = WebhookInput.safeParse(input);
  return parsed.success ? [] : causesFromZod(parsed.error);
};
const valid = { url: "https://shop.example.com/hooks", eventTypes: ["redemption.created"] };

describe("WebhookInput", () => {
  it.each([
    "https://shop.example.com/hooks",
    "https://shop.example.com:8443/a?b=c",
    "http://localhost:4000/hooks",
    "http://127.0.0.1:9999/",
    "http://[::1]:3000/x",
  ])("accepts %s", (url) => {
    expect(causes({ ...valid, url })).toEqual([]);
  });

  it.each([
    ["http://shop.example.com/hooks", /https/],
    ["http://10.0.0.5/hooks", /https/],
    ["ftp://example.com/x", /https URL/],
    ["example.com/hooks", /absolute URL/],
    ["", /required/],
    [`https://example.com/${"a".repeat(MAX_URL_LENGTH)}`, new RegExp(`at most ${MAX_URL_LENGTH}`)],
    ["https://example.com/\u0000", /NUL/],
  ])("refuses url %s, naming the field", (url, message) => {
    const [cause] = causes({ ...valid, url });
    expect(cause).toMatchObject({ field: "url" });
    expect(cause.message).toMatch(message);
  });

  it("refuses unknown, repeated or no event types, and long descriptions", () => {
    expect(causes({ ...valid, eventTypes: ["redemption.deleted"] })[0]).toMatchObject({ field: "eventTypes[0]" });
    expect(causes({ ...valid, eventTypes: ["redemption.created", "redemption.created"] })[0].message).toMatch(/twice/);
    expect(causes({ ...valid, eventTypes: [] })[0].message).toMatch(/at least one/);
    expect(causes({ ...valid, description: "x".repeat(MAX_DESCRIPTION_LENGTH + 1) })[0]).toMatchObject({ field: "description" });
    expect(causes({ ...valid, secret: "whsec_mine" })[0]).toMatchObject({ field: "secret", code: "unrecognized_keys" });
  });

  it("defaults to enabled with no description", () => {
    expect(WebhookInput.parse(valid)).toEqual({ ...valid, description: "", enabled: true });
  });

  it("accepts a PUT of the endpoint as GET answered it (read-only fields ignored)", () => {
    const view = {
      id: "e1",
      ...valid,
      description: "",
      enabled: true,
      disabledReason: null,
      disabledAt: null,
      secretHint: "whsec_abc…",
      version: "3",
      createdAt: "2026-01-01T00:00:00.000Z",
      createdBy: "Ada",
      updatedAt: "2026-01-01T00:00:00.000Z",
      updatedBy: "Ada",
    };
    expect(WebhookPut.parse(view)).toEqual({ ...valid, description: "", enabled: true, version: "3" });
  });
});

describe("delivery schedule", () => {
  it(`spans at least 24 hours over ${DELIVERY_ATTEMPTS} attempts, and no single wait exceeds 9 hours`, () => {
    for (let run = 0; run < 20; run++) {
      const waits = Array.from({ length: DELIVERY_ATTEMPTS - 1 }, (_, i) => deliveryBackoff(i + 1));
      expect(waits.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(24 * 60 * 60 * 1000);
      expect(Math.max(...waits)).toBeLessThanOrEqual(9 * 60 * 60 * 1000);
      expect(waits[0]).toBeGreaterThanOrEqual(60_000);
      for (let i = 1; i < 9; i++) expect(waits[i]).toBeGreaterThan(waits[i - 1]);
    }
  });
});

describe("offer.expiring windows", () => {
  const now = new Date("2026-06-10T12:00:00Z");
  const at = (hours: number) => new Date(now.getTime() + hours * 3_600_000);
  it.each([
    [24 * 7 + 1, null],
    [24 * 7, 7],
    [25, 7],
    [24, 1],
    [1, 1],
    [0, null],
    [-5, null],
  ])("%s hours before the end: %s", (hours, expected) => {
    expect(expiringWarning(at(hours), now)).toBe(expected);
  });
});

describe("signatures", () => {
  it("makes whsec_ secrets of 32 random bytes, and headers that Webhook.verify accepts", () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), "base64")).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(secret);
    expect(secretHint(secret)).toBe(`${secret.slice(0, 10)}…`);
    const body = JSON.stringify({ type: "redemption.created", timestamp: "2026-01-01T00:00:00.000Z", data: { a: 1 } });
    const headers = signedHeaders(secret, "msg-1", body, new Date());
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(secret).verify(body, { ...headers, "webhook-id": "msg-2" })).toThrow();
  });
});
