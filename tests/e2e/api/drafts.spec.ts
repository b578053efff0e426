// Drafts, versions, publishing and scenarios over real HTTP (contract §8), with their errors.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

const couponBody = (overrides: Record<string, unknown> = {}) => ({
  name: "Ten percent",
  active: true,
  validFrom: "2020-01-01T00:00:00Z",
  category: { kind: "CartLevelPercentage", discount: 10 },
  currencies: [{ code: "EUR" }],
  ...overrides,
});

const cart = (code: string) => ({ currency: "EUR", couponCodes: [code], items: [{ productId: "SKU-1", quantity: 1, price: 40 }] });

async function liveCoupon(request: APIRequestContext, t: TestTenant, code: string) {
  const created = await request.post("/api/v1/coupons", { headers: auth(t.tokens.marketer), data: couponBody() });
  expect(created.status(), await created.text()).toBe(201);
  const { coupon } = await created.json();
  const codes = await request.post(`/api/v1/coupons/${coupon.id}/codes`, { headers: auth(t.tokens.marketer), data: { codes: [code] } });
  expect(codes.status(), await codes.text()).toBe(201);
  return coupon as { id: string; version: string };
}

async function errorOf(response: Awaited<ReturnType<APIRequestContext["get"]>>, status: number) {
  expect(response.status(), await response.text()).toBe(status);
  const body = await response.json();
  expect(body).toMatchObject({ status, code: expect.any(String), message: expect.any(String), id: expect.any(String) });
  return body as { code: string; message: string; causes: { field?: string; code?: string; message: string }[] };
}

test("a coupon created as a draft is not live until it is published", async ({ request }) => {
  const t = await makeTenant();
  const created = await request.post("/api/v1/coupons/drafts", {
    headers: auth(t.tokens.marketer),
    data: { ...couponBody(), note: "For January" },
  });
  expect(created.status(), await created.text()).toBe(201);
  const body = await created.json();
  expect(body.coupon).toMatchObject({ status: "Draft", name: "Ten percent" });
  expect(body.draft).toMatchObject({ number: 1, status: "draft", note: "For January", kind: "coupon" });
  expect(created.headers().location).toBe(`/api/v1/coupons/${body.coupon.id}`);
  const id = body.coupon.id;
  await request.post(`/api/v1/coupons/${id}/codes`, { headers: auth(t.tokens.marketer), data: { codes: ["JAN"] } });

  const priced = await (await request.post("/api/v1/promotions/cart", { headers: auth(t.tokens.pos), data: cart("JAN") })).json();
  expect(priced.rejectedCouponCodes).toEqual([expect.objectContaining({ code: "JAN", reason: "not_found" })]);
  const redeem = await request.post("/api/v1/coupons/redemptions", {
    headers: auth(t.tokens.pos),
    data: { codes: ["JAN"], orderId: "o-1" },
  });
  expect((await errorOf(redeem, 404)).causes[0]).toMatchObject({ field: "codes[0]", code: "not_found" });
  const list = await (await request.get("/api/v1/coupons?status=Draft", { headers: auth(t.tokens.viewer) })).json();
  expect(list.items.map((c: { id: string }) => c.id)).toEqual([id]);

  const published = await request.post(`/api/v1/coupons/${id}/publish`, { headers: auth(t.tokens.marketer), data: {} });
  expect(published.status(), await published.text()).toBe(200);
  expect(await published.json()).toMatchObject({ live: true, version: { number: 1, status: "published" } });
  const after = await (await request.post("/api/v1/promotions/cart", { headers: auth(t.tokens.pos), data: cart("JAN") })).json();
  expect(after.totals.discount).toBe(4);
});

test("saving a draft: etag, category, roles and tenants", async ({ request }) => {
  const t = await makeTenant();
  const other = await makeTenant();
  const coupon = await liveCoupon(request, t, "SAVE");
  const path = `/api/v1/coupons/${coupon.id}/draft`;
  await errorOf(await request.get(path, { headers: auth(t.tokens.viewer) }), 404);

  const first = await request.put(path, { headers: auth(t.tokens.marketer), data: couponBody({ name: "Renamed", note: "try" }) });
  expect(first.status(), await first.text()).toBe(200);
  const { draft, scenarios } = await first.json();
  expect(draft).toMatchObject({ number: 2, status: "draft", snapshot: expect.objectContaining({ name: "Renamed" }) });
  expect(scenarios).toMatchObject({ total: 0, changed: 0, broken: 0 });
  expect((await (await request.get(path, { headers: auth(t.tokens.viewer) })).json()).draft.etag).toBe(draft.etag);
  // The live coupon as GET answered it, sent back to the draft: read-only fields are ignored.
  const live = (await (await request.get(`/api/v1/coupons/${coupon.id}`, { headers: auth(t.tokens.viewer) })).json()).coupon;
  expect(live.name).toBe("Ten percent");
  const echo = await request.put(path, { headers: auth(t.tokens.marketer), data: { ...live, name: "Echo", etag: draft.etag } });
  expect(echo.status(), await echo.text()).toBe(200);

  const noEtag = await errorOf(await request.put(path, { headers: auth(t.tokens.marketer), data: couponBody() }), 409);
  expect(noEtag).toMatchObject({ code: "conflict", causes: [expect.objectContaining({ field: "etag", code: "draft_exists" })] });
  const stale = await errorOf(
    await request.put(path, { headers: auth(t.tokens.marketer), data: { ...couponBody(), etag: draft.etag } }),
    409,
  );
  expect(stale.code).toBe("version_mismatch");
  const category = await errorOf(
    await request.put(path, { headers: auth(t.tokens.marketer), data: couponBody({ category: { kind: "CartLevelFixed", discount: 5 } }) }),
    400,
  );
  expect(category.causes).toEqual([expect.objectContaining({ field: "category", code: "immutable" })]);
  const unknown = await errorOf(
    await request.put(path, { headers: auth(t.tokens.marketer), data: { ...couponBody(), colour: "red" } }),
    400,
  );
  expect(unknown.causes).toEqual([expect.objectContaining({ field: "colour" })]);
  await errorOf(await request.put(path, { headers: auth(t.tokens.viewer), data: couponBody() }), 403);
  await errorOf(await request.put(path, { headers: auth(other.tokens.marketer), data: couponBody() }), 404);
  await errorOf(await request.get(`/api/v1/promotions/${coupon.id}/draft`, { headers: auth(t.tokens.viewer) }), 404);
});

test("publishing is guarded by the scenarios; rollback publishes an earlier version again", async ({ request }) => {
  const t = await makeTenant();
  const coupon = await liveCoupon(request, t, "GUARD");
  const saved = await request.post("/api/v1/scenarios", {
    headers: auth(t.tokens.marketer),
    data: { name: "Small cart", request: cart("GUARD") },
  });
  expect(saved.status(), await saved.text()).toBe(201);
  const { scenario } = await saved.json();
  expect(scenario).toMatchObject({ name: "Small cart", expected: { totals: { discount: 4 } }, lastOutcome: { status: "passed" } });

  const draft = await request.put(`/api/v1/coupons/${coupon.id}/draft`, {
    headers: auth(t.tokens.marketer),
    data: couponBody({ currencies: [{ code: "EUR", minimumCartValue: 100 }] }),
  });
  const { scenarios } = await draft.json();
  expect(scenarios).toMatchObject({ total: 1, changed: 1, broken: 1 });
  expect(scenarios.scenarios[0].changes.map((c: { message: string }) => c.message)).toContain(
    "Code GUARD is now rejected: minimum not reached",
  );

  const publish = (data: Record<string, unknown>) =>
    request.post(`/api/v1/coupons/${coupon.id}/publish`, { headers: auth(t.tokens.marketer), data });
  const refused = await errorOf(await publish({}), 409);
  expect(refused.causes).toEqual([expect.objectContaining({ field: "acceptBrokenScenarios", code: "scenario_broken" })]);
  const noNote = await errorOf(await publish({ acceptBrokenScenarios: true }), 400);
  expect(noNote.causes).toEqual([expect.objectContaining({ field: "note" })]);
  await errorOf(await publish({ at: "tomorrow" }), 400);
  await errorOf(await publish({ number: 99 }), 404);
  await errorOf(await publish({ number: 1 }), 409);

  const ok = await publish({ acceptBrokenScenarios: true, note: "Only big carts" });
  expect(ok.status(), await ok.text()).toBe(200);
  expect(await ok.json()).toMatchObject({ live: true, version: { number: 2, status: "published", note: "Only big carts" } });
  const audit = await (await request.get(`/api/v1/scenarios/${scenario.id}`, { headers: auth(t.tokens.viewer) })).json();
  expect(audit.scenario.lastOutcome.status).toBe("failed");

  const rollback = await publish({ number: 1 });
  expect(rollback.status(), await rollback.text()).toBe(200);
  expect(await rollback.json()).toMatchObject({ live: true, version: { number: 3, restoresNumber: 1, status: "published" } });
  const priced = await (await request.post("/api/v1/promotions/cart", { headers: auth(t.tokens.pos), data: cart("GUARD") })).json();
  expect(priced.totals.discount).toBe(4);

  const versions = await (await request.get(`/api/v1/coupons/${coupon.id}/versions`, { headers: auth(t.tokens.viewer) })).json();
  expect(versions.items.map((v: { number: number; status: string }) => [v.number, v.status])).toEqual([
    [3, "published"],
    [2, "superseded"],
    [1, "superseded"],
  ]);
  expect(versions.pagination).toMatchObject({ total: 3 });
  const one = await (await request.get(`/api/v1/coupons/${coupon.id}/versions/2`, { headers: auth(t.tokens.viewer) })).json();
  expect(one.version).toMatchObject({ number: 2, createdBy: "token:marketer token", publishedBy: "token:marketer token" });
  const diff = await (
    await request.get(`/api/v1/coupons/${coupon.id}/versions/diff?from=1&to=2`, { headers: auth(t.tokens.viewer) })
  ).json();
  expect(diff).toMatchObject({ from: 1, to: 2, summary: "1 field differs: Currencies." });
  expect(diff.changes[0].sentence).toBe("Currencies: EUR → EUR (minimum cart 100)");
  await errorOf(await request.get(`/api/v1/coupons/${coupon.id}/versions/abc`, { headers: auth(t.tokens.viewer) }), 400);
  await errorOf(await request.get(`/api/v1/coupons/${coupon.id}/versions/diff?from=1`, { headers: auth(t.tokens.viewer) }), 400);
  await errorOf(await request.get(`/api/v1/coupons/${coupon.id}/versions/9`, { headers: auth(t.tokens.viewer) }), 404);
  await errorOf(await request.delete(`/api/v1/coupons/${coupon.id}/versions/3`, { headers: auth(t.tokens.marketer) }), 409);
});

test("scheduling, and discarding a scheduled version", async ({ request }) => {
  const t = await makeTenant();
  const coupon = await liveCoupon(request, t, "LATER");
  await request.put(`/api/v1/coupons/${coupon.id}/draft`, { headers: auth(t.tokens.marketer), data: couponBody({ name: "Next year" }) });
  const at = "2099-01-01T00:00:00.000Z";
  const scheduled = await request.post(`/api/v1/coupons/${coupon.id}/publish`, { headers: auth(t.tokens.marketer), data: { at } });
  expect(scheduled.status(), await scheduled.text()).toBe(200);
  expect(await scheduled.json()).toMatchObject({ live: false, version: { number: 2, status: "scheduled", publishAt: at } });
  expect((await (await request.get(`/api/v1/coupons/${coupon.id}`, { headers: auth(t.tokens.viewer) })).json()).coupon.name).toBe(
    "Ten percent",
  );
  const discarded = await request.delete(`/api/v1/coupons/${coupon.id}/versions/2`, { headers: auth(t.tokens.marketer) });
  expect(discarded.status()).toBe(204);
  await errorOf(await request.get(`/api/v1/coupons/${coupon.id}/versions/2`, { headers: auth(t.tokens.viewer) }), 404);
});

test("scenarios: create, list, replace, run against drafts, re-pin, delete", async ({ request }) => {
  const t = await makeTenant();
  const coupon = await liveCoupon(request, t, "RUN");
  const headers = auth(t.tokens.marketer);
  const created = await (await request.post("/api/v1/scenarios", { headers, data: { name: "Basket", request: cart("RUN") } })).json();
  const id = created.scenario.id;
  const duplicate = await errorOf(
    await request.post("/api/v1/scenarios", { headers, data: { name: "Basket", request: cart("RUN") } }),
    409,
  );
  expect(duplicate.causes).toEqual([expect.objectContaining({ field: "name" })]);
  await errorOf(await request.post("/api/v1/scenarios", { headers, data: { name: "Bad", request: { currency: "EUR" } } }), 400);
  await errorOf(
    await request.post("/api/v1/scenarios", { headers: auth(t.tokens.viewer), data: { name: "x", request: cart("RUN") } }),
    403,
  );

  const list = await (await request.get("/api/v1/scenarios?status=passed", { headers: auth(t.tokens.viewer) })).json();
  expect(list.items.map((s: { name: string }) => s.name)).toEqual(["Basket"]);

  await request.put(`/api/v1/coupons/${coupon.id}/draft`, { headers, data: couponBody({ active: false }) });
  const run = await request.post("/api/v1/scenarios/run", {
    headers: auth(t.tokens.viewer),
    data: { drafts: [{ kind: "coupon", id: coupon.id }] },
  });
  expect(run.status(), await run.text()).toBe(200);
  const { report } = await run.json();
  expect(report).toMatchObject({ total: 1, passed: 0, failed: 1, drafts: [{ kind: "coupon", id: coupon.id, number: 2 }] });
  expect(report.scenarios[0].differences.map((d: { message: string }) => d.message)).toContain("Code RUN is now rejected: inactive");
  const live = await (await request.post("/api/v1/scenarios/run", { headers, data: {} })).json();
  expect(live.report).toMatchObject({ total: 1, passed: 1, drafts: [] });
  const missing = await errorOf(await request.post("/api/v1/scenarios/run", { headers, data: { scenarioIds: ["nope"] } }), 404);
  expect(missing.causes).toEqual([expect.objectContaining({ field: "scenarioIds[0]" })]);
  await errorOf(await request.post("/api/v1/scenarios/run", { headers, data: { drafts: [{ kind: "promotion", id: coupon.id }] } }), 404);
  await errorOf(await request.post("/api/v1/scenarios/run", { headers, data: { drafts: [{ kind: "voucher", id: coupon.id }] } }), 400);

  const pinned = await request.post(`/api/v1/scenarios/${id}/pin`, { headers, data: { drafts: [{ kind: "coupon", id: coupon.id }] } });
  expect(pinned.status(), await pinned.text()).toBe(200);
  expect((await pinned.json()).scenario).toMatchObject({ expected: { totals: { discount: 0 } }, lastOutcome: { status: "failed" } });

  const stale = await errorOf(
    await request.put(`/api/v1/scenarios/${id}`, { headers, data: { name: "Renamed", request: cart("RUN"), version: "old" } }),
    409,
  );
  expect(stale.code).toBe("version_mismatch");
  const current = (await (await request.get(`/api/v1/scenarios/${id}`, { headers })).json()).scenario;
  const renamed = await request.put(`/api/v1/scenarios/${id}`, {
    headers,
    data: { name: "Renamed", request: cart("RUN"), version: current.version },
  });
  expect(renamed.status(), await renamed.text()).toBe(200);
  expect((await renamed.json()).scenario).toMatchObject({
    name: "Renamed",
    expected: { totals: { discount: 4 } },
    lastOutcome: { status: "passed" },
  });

  expect((await request.delete(`/api/v1/scenarios/${id}`, { headers })).status()).toBe(204);
  await errorOf(await request.get(`/api/v1/scenarios/${id}`, { headers }), 404);
  await errorOf(await request.get("/api/v1/scenarios/run", { headers }), 405);
});
