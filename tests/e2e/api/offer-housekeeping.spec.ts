// Archiving, duplicating and switching offers on or off in bulk over real HTTP (contract §1.3–§1.4).
import { expect, test } from "@playwright/test";
import { db } from "@/lib/db/client";
import { makeTenant } from "@/tests/factories/tenant";
import { auth } from "@/tests/e2e/support/bearer";
import { couponBody, create } from "@/tests/e2e/support/offers-api";

test("archive and duplicate", async ({ request }) => {
  const t = await makeTenant();
  const { promotion } = await (await create(request, t, "promotions", couponBody({ name: "Original", active: true }))).json();
  const copy = await request.post(`/api/v1/promotions/${promotion.id}/duplicate`, { headers: auth(t.tokens.marketer) });
  expect(copy.status()).toBe(201);
  expect((await copy.json()).promotion).toMatchObject({ name: "Copy of Original", active: false, category: promotion.category });
  expect((await request.post(`/api/v1/promotions/${promotion.id}/archive`, { headers: auth(t.tokens.marketer) })).status()).toBe(204);
  expect((await request.get(`/api/v1/promotions/${promotion.id}`, { headers: auth(t.tokens.viewer) })).status()).toBe(404);
  const { coupon } = await (await create(request, t, "coupons", couponBody())).json();
  await db().offer.update({ where: { id: coupon.id }, data: { redemptions: 1 } });
  const refused = await request.post(`/api/v1/coupons/${coupon.id}/archive`, { headers: auth(t.tokens.marketer) });
  expect(refused.status()).toBe(409);
  expect((await refused.json()).code).toBe("conflict");
});

test("bulk activation: switches several at once, all or nothing, writers only", async ({ request }) => {
  const t = await makeTenant();
  const other = await makeTenant();
  const ids: string[] = [];
  for (const name of ["One", "Two"]) ids.push((await (await create(request, t, "promotions", couponBody({ name }))).json()).promotion.id);
  const foreign = (await (await create(request, other, "promotions", couponBody())).json()).promotion.id;
  const path = "/api/v1/promotions/bulk-activation";

  const refused = await request.post(path, { headers: auth(t.tokens.marketer), data: { ids: [ids[0], foreign], active: true } });
  expect(refused.status()).toBe(404);
  expect((await refused.json()).causes).toEqual([expect.objectContaining({ field: "ids[1]", code: "not_found" })]);
  expect((await (await request.get(`/api/v1/promotions/${ids[0]}`, { headers: auth(t.tokens.viewer) })).json()).promotion.active).toBe(
    false,
  );

  const invalid = await request.post(path, { headers: auth(t.tokens.marketer), data: { ids: [], active: "yes" } });
  expect(invalid.status()).toBe(400);
  expect((await invalid.json()).causes.map((c: { field: string }) => c.field).sort()).toEqual(["active", "ids"]);
  expect((await request.post(path, { headers: auth(t.tokens.viewer), data: { ids, active: true } })).status()).toBe(403);

  const enabled = await request.post(path, { headers: auth(t.tokens.marketer), data: { ids, active: true } });
  expect(enabled.status(), await enabled.text()).toBe(200);
  expect(await enabled.json()).toEqual({ active: true, changed: ids, unchanged: [] });
  const again = await request.post(path, { headers: auth(t.tokens.admin), data: { ids: [ids[1]], active: true } });
  expect(await again.json()).toEqual({ active: true, changed: [], unchanged: [ids[1]] });
  const list = await request.get("/api/v1/promotions?status=Active", { headers: auth(t.tokens.viewer) });
  expect((await list.json()).items.map((p: { id: string }) => p.id).sort()).toEqual([...ids].sort());
});
