// The OpenAPI document and its HTML rendering need no token (the browser journey: tests/e2e/api-docs.spec.ts).
import { expect, test } from "@playwright/test";

test("the OpenAPI document and its HTML rendering are public", async ({ request }) => {
  const doc = await request.get("/api/openapi.json");
  expect(doc.status()).toBe(200);
  const json = await doc.json();
  expect(json.openapi).toBe("3.1.0");
  expect(Object.keys(json.paths)).toContain("/api/v1/promotions/exclusions");
  const html = await request.get("/api/docs");
  expect(html.headers()["content-type"]).toContain("text/html");
  // The page is Swagger UI, which renders the document in the browser (tests/e2e/api-docs.spec.ts).
  expect(await html.text()).toContain("/api/openapi.json");
  expect((await request.get("/api/docs/assets/swagger-ui-bundle.js")).status()).toBe(200);
  const unknown = await request.get("/api/docs/assets/package.json");
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toMatchObject({ status: 404, code: "not_found" });
});
