// What counts as "the same request" for an Idempotency-Key: method, path with query, and the body —
// JSON compared canonically after validation, raw uploads byte for byte, with the upload size cap.
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { requestFingerprint } from "@/lib/idempotency/request-fingerprint";

const LIMIT = 1000;

function post(path: string, body?: string) {
  const request = new Request(`http://localhost${path}`, { method: "POST", body, headers: body ? { "content-type": "text/csv" } : {} });
  return { request, url: new URL(request.url) };
}

async function fingerprintOf(path: string, parsed: unknown, raw?: string) {
  const { request, url } = post(path, raw);
  return requestFingerprint(request, url, parsed, LIMIT);
}

describe("requestFingerprint", () => {
  it("treats JSON bodies with the same content in another key order as the same request", async () => {
    const a = await fingerprintOf("/api/v1/coupons", { name: "A", category: { kind: "CartLevelFixed", discount: 5 }, tags: [1, 2] });
    const b = await fingerprintOf("/api/v1/coupons", { tags: [1, 2], category: { discount: 5, kind: "CartLevelFixed" }, name: "A" });
    expect(a).toBe(b);
    expect(await fingerprintOf("/api/v1/coupons", { name: "A", category: { kind: "CartLevelFixed", discount: 5 }, tags: [2, 1] })).not.toBe(
      a,
    );
    expect(
      await fingerprintOf("/api/v1/promotions", { name: "A", category: { kind: "CartLevelFixed", discount: 5 }, tags: [1, 2] }),
    ).not.toBe(a);
    expect(
      await fingerprintOf("/api/v1/coupons?dry=1", { name: "A", category: { kind: "CartLevelFixed", discount: 5 }, tags: [1, 2] }),
    ).not.toBe(a);
  });

  it("compares raw uploads byte for byte, leaves the original body readable, and refuses one past the cap with 413", async () => {
    const csv = "code\nA-1\nA-2\n";
    const { request, url } = post("/api/v1/coupons/c1/codes/imports", csv);
    const first = await requestFingerprint(request, url, undefined, LIMIT);
    expect(await request.text()).toBe(csv);
    expect(await fingerprintOf("/api/v1/coupons/c1/codes/imports", undefined, csv)).toBe(first);
    expect(await fingerprintOf("/api/v1/coupons/c1/codes/imports", undefined, `${csv}A-3\n`)).not.toBe(first);
    expect(await fingerprintOf("/api/v1/coupons/c1/codes/imports", undefined)).not.toBe(first);
    const tooLarge = await fingerprintOf("/api/v1/coupons/c1/codes/imports", undefined, "x".repeat(LIMIT + 1)).catch((e: unknown) => e);
    expect(tooLarge).toBeInstanceOf(AppError);
    expect((tooLarge as AppError).status).toBe(413);
  });
});
