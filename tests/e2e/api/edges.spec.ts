// The edges of /api that no route handler's own code reaches: malformed percent-encoding, unrouted
// paths, wrong methods, server-action requests, trailing slashes. Each answer is the error object of
// contract §1.2 (checked strictly by errorShapeProblem), never Next's HTML, text or empty answers.
import { expect, test, type APIResponse } from "@playwright/test";
import { errorShapeProblem } from "@/tests/e2e/api/fuzz/error-shape";
import { makeTenant } from "@/tests/factories/tenant";

async function expectError(response: APIResponse, status: number, code: string) {
  const text = await response.text();
  expect(response.status(), text).toBe(status);
  expect(errorShapeProblem(status, response.headers(), text)).toBeUndefined();
  expect(JSON.parse(text).code).toBe(code);
  return JSON.parse(text);
}

test("malformed percent-encoding in a path answers 400, with or without a token", async ({ request }) => {
  const t = await makeTenant();
  for (const path of ["/api/v1/stores/%C0%AF", "/api/v1/stores/%ff%fe%fd", "/api/v1/coupons/%E0%A4%A/codes", "/api/nope/%ff"]) {
    for (const headers of [{}, { authorization: `Bearer ${t.tokens.admin}` }] as Record<string, string>[]) {
      const body = await expectError(await request.get(path, { headers }), 400, "validation_failed");
      expect(body.causes).toEqual([{ field: "path", message: "The path is not valid percent-encoded UTF-8", code: "invalid_encoding" }]);
    }
  }
});

test("NUL and lone surrogates in ids, queries and bodies answer 400 naming the field", async ({ request }) => {
  const t = await makeTenant();
  const headers = { authorization: `Bearer ${t.tokens.admin}` };
  const id = await expectError(await request.get("/api/v1/stores/A%00B", { headers }), 400, "validation_failed");
  expect(id.causes).toEqual([{ field: "id", message: "id must not contain the NUL character (U+0000)", code: "invalid_text" }]);
  const query = await expectError(await request.get("/api/v1/coupons?name=%00", { headers }), 400, "validation_failed");
  expect(query.causes).toEqual([{ field: "name", message: "name must not contain the NUL character (U+0000)", code: "invalid_text" }]);
  const bulk = await expectError(
    await request.post("/api/v1/coupons/bulk-activation", {
      headers: { ...headers, "content-type": "application/json" },
      data: '{"ids":["\\ud800"],"active":true}',
    }),
    400,
    "validation_failed",
  );
  expect(bulk.causes).toEqual([
    expect.objectContaining({ field: "ids[0]", message: "An offer id must not contain a lone UTF-16 surrogate (not valid Unicode)" }),
  ]);
  const cart = await expectError(
    await request.post("/api/v1/promotions/cart", { headers, data: { currency: "EUR", items: [], couponCodes: ["A\u0000"] } }),
    400,
    "validation_failed",
  );
  expect(cart.causes).toEqual([
    expect.objectContaining({ field: "couponCodes[0]", message: "A coupon code must not contain the NUL character (U+0000)" }),
  ]);
});

test("unrouted /api paths answer 404 for every method, also after dot segments", async ({ request }) => {
  for (const path of ["/api", "/api/nope", "/api/v1/nope/deeper", "/api/v2/coupons", "/api/v1/%2e%2e/nope", "/api/v1/stores/a/b/c"]) {
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
      const body = await expectError(await request.fetch(path, { method }), 404, "not_found");
      expect(body.message).toContain("/api/docs");
    }
  }
});

test("a known path with a wrong method answers 405 with Allow", async ({ request }) => {
  const cases = [
    ["PATCH", "/api/v1/stores", "GET, HEAD, OPTIONS, POST"],
    ["DELETE", "/api/v1/coupons/some-id", "GET, HEAD, OPTIONS, PUT"],
    ["GET", "/api/v1/promotions/cart", "OPTIONS, POST"],
    ["PUT", "/api/openapi.json", "GET, HEAD, OPTIONS"],
  ] as const;
  for (const [method, path, allow] of cases) {
    const response = await request.fetch(path, { method });
    const body = await expectError(response, 405, "method_not_allowed");
    expect(response.headers()["allow"]).toBe(allow);
    expect(body.message).toBe(`${method} is not allowed on this path; allowed: ${allow}`);
  }
});

test("a wrong media type on a JSON route answers 415", async ({ request }) => {
  const t = await makeTenant();
  const response = await request.post("/api/v1/stores", {
    headers: { authorization: `Bearer ${t.tokens.admin}`, "content-type": "text/plain" },
    data: '{"id":"s","name":"S"}',
  });
  await expectError(response, 415, "unsupported_media_type");
});

test("nothing under /api is read as a server action", async ({ request }) => {
  const t = await makeTenant();
  const multipart = { "Next-Action": "0123456789abcdef0123456789abcdef01234567", "content-type": "multipart/form-data; boundary=zzz" };
  const data = '--zzz\r\nContent-Disposition: form-data; name="1_$ACTION_ID_x"\r\n\r\nx\r\n--zzz--\r\n';
  await expectError(await request.post("/api/nope", { headers: multipart, data }), 404, "not_found");
  await expectError(
    await request.post("/api/v1/stores", { headers: { ...multipart, authorization: `Bearer ${t.tokens.admin}` }, data }),
    415,
    "unsupported_media_type",
  );
  await expectError(await request.post("/api/v1/stores", { headers: multipart, data }), 401, "unauthenticated");
});

test("a trailing slash reaches the route instead of a bare redirect; console pages still redirect", async ({ request }) => {
  const t = await makeTenant();
  const list = await request.get("/api/v1/stores/", { headers: { authorization: `Bearer ${t.tokens.viewer}` }, maxRedirects: 0 });
  expect(list.status()).toBe(200);
  expect(await list.json()).toMatchObject({ items: [], pagination: { total: 0 } });
  await expectError(await request.get("/api/v1/stores/", { maxRedirects: 0 }), 401, "unauthenticated");
  const page = await request.get("/coupons/?status=active", { maxRedirects: 0 });
  expect(page.status()).toBe(308);
  expect(page.headers()["location"]).toBe("/coupons?status=active");
});
