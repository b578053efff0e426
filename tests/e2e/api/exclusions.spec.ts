// The tenant's global exclusion list over real HTTP (contract §2): read, replace (deduplicated, capped), clear.
import { expect, test } from "@playwright/test";
import { makeTenant } from "@/tests/factories/tenant";
import { auth } from "@/tests/e2e/support/bearer";

test("exclusion list: GET, PUT (deduplicated, capped), DELETE", async ({ request }) => {
  const t = await makeTenant();
  const url = "/api/v1/promotions/exclusions";
  expect(await (await request.get(url, { headers: auth(t.tokens.viewer) })).json()).toEqual({
    tenant: t.slug,
    ids: [],
    createdAt: null,
    createdBy: null,
    updatedAt: null,
    updatedBy: null,
  });
  const put = await request.put(url, { headers: auth(t.tokens.marketer), data: { ids: ["SKU-1", "SKU-2", "SKU-1"] } });
  expect(put.status()).toBe(200);
  expect(await put.json()).toMatchObject({ tenant: t.slug, ids: ["SKU-1", "SKU-2"], createdBy: expect.stringContaining("token:") });
  expect((await (await request.get(url, { headers: auth(t.tokens.viewer) })).json()).ids).toEqual(["SKU-1", "SKU-2"]);

  const tooMany = await request.put(url, {
    headers: auth(t.tokens.marketer),
    data: { ids: Array.from({ length: 1001 }, (_, i) => `P-${i}`) },
  });
  expect(tooMany.status()).toBe(400);
  const error = await tooMany.json();
  expect(error.causes[0]).toMatchObject({ field: "ids", code: "too_big" });
  expect(error.message).toContain("1000");
  const badId = await request.put(url, { headers: auth(t.tokens.marketer), data: { ids: ["ok", "not ok"] } });
  expect((await badId.json()).causes.map((c: { field: string }) => c.field)).toEqual(["ids[1]"]);

  expect((await request.delete(url, { headers: auth(t.tokens.marketer) })).status()).toBe(204);
  expect((await (await request.get(url, { headers: auth(t.tokens.viewer) })).json()).ids).toEqual([]);
});
