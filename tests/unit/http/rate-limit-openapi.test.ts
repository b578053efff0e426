// Every operation under the guessing defence documents its RateLimit headers on each answer and its 429.
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/openapi/document";

const GUARDED = [
  "/api/v1/promotions/cart",
  "/api/v1/coupons/redemptions",
  "/api/v1/pos/issued-coupons/verify",
  "/api/v1/pos/issued-coupons/redeem",
];

type Responses = Record<string, { headers?: Record<string, unknown>; description?: string }>;

/** 409/422 that only the Idempotency-Key layer answers: it runs before the handler, so before any lookup or budget. */
const fromIdempotencyLayer = (response: Responses[string]) => /Idempotency-Key/.test(response.description ?? "");

describe("OpenAPI rate-limit headers", () => {
  const doc = openApiDocument() as unknown as { paths: Record<string, { post: { responses: Responses } }> };

  it.each(GUARDED)("POST %s has RateLimit-Policy and RateLimit on every response, and a 429 with Retry-After", (path) => {
    const responses = doc.paths[path].post.responses;
    expect(Object.keys(responses)).toEqual(expect.arrayContaining(["200", "429"]));
    for (const [status, response] of Object.entries(responses)) {
      if (fromIdempotencyLayer(response)) continue;
      expect(Object.keys(response.headers ?? {}), status).toEqual(expect.arrayContaining(["RateLimit-Policy", "RateLimit"]));
    }
    expect(Object.keys(responses["429"].headers ?? {})).toContain("Retry-After");
  });

  it("does not put them on routes that look no codes up", () => {
    const headers = Object.keys(doc.paths["/api/v1/coupons/redemptions/{id}/revert"].post.responses["200"].headers ?? {});
    expect(headers).not.toContain("RateLimit");
    expect(headers).not.toContain("RateLimit-Policy");
  });
});
