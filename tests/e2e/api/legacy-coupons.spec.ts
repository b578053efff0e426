// Legacy v0 coupons over real HTTP (contract §6, reference §7.4): create (a code drawn from the pattern,
// 409 when used up), get, list by filter[code], PATCH and the deprecated POST update with its Deprecation
// header, every error they answer; then the same codes in POST /api/v1/promotions/cart and
// POST /api/v1/coupons/redemptions beside v1 codes, and the definition's delete guard.
import { expect, test, type APIResponse } from "@playwright/test";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const v0 = "/api/v0/d";
type Cause = { field?: string; code?: string; message: string };

async function expectError(response: APIResponse, status: number, fields: (string | undefined)[] = []) {
  expect(response.status(), await response.text()).toBe(status);
  const body = await response.json();
  expect(body).toMatchObject({ status, id: expect.any(String), message: expect.any(String) });
  if (fields.length) expect(body.causes.map((c: Cause) => c.field)).toEqual(fields);
  return body as { code: string; causes: Cause[] };
}

async function ok(response: APIResponse) {
  expect(response.status(), await response.text()).toBe(200);
  return response.json();
}

let t: TestTenant;
let other: TestTenant;
let ruleId: string;

test.beforeAll(async ({ request }) => {
  [t, other] = await Promise.all([makeTenant(), makeTenant()]);
  const post = (path: string, data: unknown) => request.post(`${v0}/${path}`, { headers: auth(t.tokens.marketer), data });
  ruleId = (
    await ok(await post("discount_rules", { label: "ten percent", scope: "order", currency: "EUR", type: "percentage", percentage: 10 }))
  ).id;
  await ok(
    await post("coupon_definitions", {
      label: "spring",
      pattern: "SPRING-[A-Z0-9]{6}",
      discount_rule_id: ruleId,
      max_redemptions: 2,
      validation_rules: [{ label: "valid_to", values: { valid_to: "2099-12-31T23:59:59.000Z" } }],
    }),
  );
});

test("create answers { label, code, id, is_enabled } with a code of the pattern; get and filter[code] find it", async ({ request }) => {
  const created = await ok(
    await request.post(`${v0}/coupons`, { headers: auth(t.tokens.marketer), data: { template_label: "spring", label: "for Ann" } }),
  );
  expect(created).toMatchObject({
    id: expect.any(String),
    label: "for Ann",
    is_enabled: true,
    template_label: "spring",
    max_redemptions: 2,
  });
  expect(created.code).toMatch(/^SPRING-[A-Z0-9]{6}$/);
  const second = await ok(await request.post(`${v0}/coupons`, { headers: auth(t.tokens.marketer), data: { template_label: "spring" } }));
  expect(second.code).not.toBe(created.code);
  expect(second.label).toBeNull();

  expect(await ok(await request.get(`${v0}/coupons/${created.id}`, { headers: auth(t.tokens.viewer) }))).toEqual(created);
  const repeated = await ok(
    await request.get(`${v0}/coupons?filter[code]=${created.code}&filter[code]=${second.code}&filter[code]=NOPE`, {
      headers: auth(t.tokens.viewer),
    }),
  );
  expect(repeated.items.map((c: { id: string }) => c.id).sort()).toEqual([created.id, second.id].sort());
  const comma = await ok(
    await request.get(`${v0}/coupons?filter[code]=${created.code},${second.code}&count=1`, { headers: auth(t.tokens.viewer) }),
  );
  expect(comma.items).toHaveLength(1);
  expect(comma.pagination).toMatchObject({ total: 2, count: 1 });

  await expectError(await request.get(`${v0}/coupons`, { headers: auth(t.tokens.viewer) }), 400, ["filter[code]"]);
  await expectError(await request.get(`${v0}/coupons?filter[code]=bad%20code`, { headers: auth(t.tokens.viewer) }), 400, ["filter[code]"]);
  await expectError(await request.get(`${v0}/coupons/${created.id}`, { headers: auth(other.tokens.viewer) }), 404);
  expect((await ok(await request.get(`${v0}/coupons?filter[code]=${created.code}`, { headers: auth(other.tokens.viewer) }))).items).toEqual(
    [],
  );
});

test("create refuses what it cannot do, naming the field; 409 once the pattern is used up", async ({ request }) => {
  const post = (data: unknown, token = t.tokens.marketer) => request.post(`${v0}/coupons`, { headers: auth(token), data });
  await expectError(await post({}), 400, ["template_label"]);
  await expectError(await post({ template_label: "no-such-template" }), 400, ["template_label"]);
  await expectError(
    await post({ template_label: "spring", validation_rules: [{ label: "valid_to", values: { valid_to: "2100-01-01T00:00:00Z" } }] }),
    400,
    ["validation_rules[0].values.valid_to"],
  );
  await expectError(await post({ template_label: "spring", amount: { value: 3, currency: "EUR" } }), 400, ["amount"]);
  await expectError(await post({ template_label: "spring", discount_rule_id: "another" }), 400, ["discount_rule_id"]);
  await expectError(
    await post({
      template_label: "spring",
      validation_rules: [{ label: "minimal_order_total_before_discount", values: { amount: 10, currency: "USD" } }],
    }),
    400,
    ["validation_rules[0].values.currency"],
  );
  await expectError(await post({ template_label: "spring" }, t.tokens.viewer), 403);
  await expectError(await request.post(`${v0}/coupons`, { data: { template_label: "spring" } }), 401);

  const tiny = await ok(
    await request.post(`${v0}/coupon_definitions`, {
      headers: auth(t.tokens.marketer),
      data: { label: "tiny", pattern: "TINY[12]", discount_rule_id: ruleId },
    }),
  );
  await ok(await post({ template_label: "tiny" }));
  await ok(await post({ template_label: "tiny" }));
  const used = await expectError(await post({ template_label: "tiny" }), 409);
  expect(used.causes[0].code).toBe("pattern_exhausted");
  expect(await ok(await request.get(`${v0}/coupon_definitions/${tiny.id}`, { headers: auth(t.tokens.viewer) }))).toMatchObject({
    pattern_capacity: "2",
    coupons_count: 2,
    codes_remaining: "0",
  });

  // A template without amount: each coupon brings its own (the deprecated fields), but not both.
  await ok(
    await request.post(`${v0}/coupon_templates`, { headers: auth(t.tokens.marketer), data: { label: "bare", pattern: "BARE-[0-9]{5}" } }),
  );
  await expectError(await post({ template_label: "bare" }), 400, ["amount"]);
  await expectError(await post({ template_label: "bare", amount: { value: 2, currency: "EUR" }, discount_rule_id: ruleId }), 400, [
    "amount",
  ]);
  expect((await ok(await post({ template_label: "bare", amount: { value: 2, currency: "EUR" } }))).code).toMatch(/^BARE-\d{5}$/);
  expect((await ok(await post({ template_label: "bare", discount_rule_id: ruleId }))).code).toMatch(/^BARE-\d{5}$/);
});

test("PATCH and the deprecated POST update is_enabled and rules; POST says it is deprecated, errors too", async ({ request }) => {
  const coupon = await ok(await request.post(`${v0}/coupons`, { headers: auth(t.tokens.marketer), data: { template_label: "spring" } }));
  const patched = await ok(
    await request.patch(`${v0}/coupons/${coupon.id}`, { headers: auth(t.tokens.marketer), data: { is_enabled: false } }),
  );
  expect(patched).toMatchObject({ id: coupon.id, code: coupon.code, is_enabled: false });

  const deprecated = await request.post(`${v0}/coupons/${coupon.id}`, {
    headers: auth(t.tokens.marketer),
    data: { is_enabled: true, validation_rules: [{ label: "restricted_to_consumer_id", values: { consumer_id: "ann" } }] },
  });
  expect(await ok(deprecated)).toMatchObject({ is_enabled: true, validation_rules: [{ label: "restricted_to_consumer_id" }] });
  expect(deprecated.headers().deprecation).toBe("@1686787200");
  const deprecatedError = await request.post(`${v0}/coupons/${coupon.id}`, { headers: auth(t.tokens.marketer), data: {} });
  await expectError(deprecatedError, 400);
  expect(deprecatedError.headers().deprecation).toBe("@1686787200");
  expect(
    (await request.patch(`${v0}/coupons/${coupon.id}`, { headers: auth(t.tokens.marketer), data: { is_enabled: true } })).headers()
      .deprecation,
  ).toBeUndefined();

  await expectError(
    await request.patch(`${v0}/coupons/${coupon.id}`, { headers: auth(t.tokens.marketer), data: { is_enabled: "no" } }),
    400,
    ["is_enabled"],
  );
  await expectError(
    await request.patch(`${v0}/coupons/${coupon.id}`, {
      headers: auth(t.tokens.marketer),
      data: { validation_rules: [{ label: "valid_to", values: { valid_to: "2199-01-01T00:00:00Z" } }] },
    }),
    400,
    ["validation_rules[0].values.valid_to"],
  );
  await expectError(
    await request.patch(`${v0}/coupons/${coupon.id}`, { headers: auth(other.tokens.admin), data: { is_enabled: false } }),
    404,
  );
  await expectError(await request.patch(`${v0}/coupons/none`, { headers: auth(t.tokens.marketer), data: { is_enabled: false } }), 404);
  await expectError(
    await request.patch(`${v0}/coupons/${coupon.id}`, { headers: auth(t.tokens.viewer), data: { is_enabled: false } }),
    403,
  );
  await expectError(await request.delete(`${v0}/coupons/${coupon.id}`, { headers: auth(t.tokens.marketer) }), 405);
  await expectError(await request.put(`${v0}/coupons`, { headers: auth(t.tokens.marketer), data: {} }), 405);
});

test("legacy codes price and redeem with v1 codes; disabled → code_inactive; max_redemptions; delete guard", async ({ request }) => {
  await makeOffer(t.tenantId, {
    family: "coupon",
    name: "Five off",
    category: { kind: "CartLevelFixed", discount: 5 },
    codes: ["V1-FIVE"],
  });
  // A definition of its own: the other tests of this file may run before or after this one.
  const summer = await ok(
    await request.post(`${v0}/coupon_definitions`, {
      headers: auth(t.tokens.marketer),
      data: { label: "summer", pattern: "SUMMER-[A-Z0-9]{6}", discount_rule_id: ruleId, max_redemptions: 2 },
    }),
  );
  const coupon = await ok(await request.post(`${v0}/coupons`, { headers: auth(t.tokens.marketer), data: { template_label: "summer" } }));
  const off = await ok(await request.post(`${v0}/coupons`, { headers: auth(t.tokens.marketer), data: { template_label: "summer" } }));
  await ok(await request.patch(`${v0}/coupons/${off.id}`, { headers: auth(t.tokens.marketer), data: { is_enabled: false } }));

  const cart = await ok(
    await request.post("/api/v1/promotions/cart", {
      headers: auth(t.tokens.pos),
      data: { currency: "EUR", couponCodes: ["V1-FIVE", coupon.code, off.code], items: [{ productId: "p", quantity: 1, price: 100 }] },
    }),
  );
  // Both cart-level: v1 first by position, then the legacy 10 % on the 95 left.
  expect(cart.totals.discount).toBe(14.5);
  expect(cart.rejectedCouponCodes).toEqual([expect.objectContaining({ code: off.code, reason: "code_inactive" })]);
  expect(cart.trace.find((e: { couponCode?: string }) => e.couponCode === coupon.code)).toMatchObject({
    source: "coupon",
    id: coupon.id,
    name: "summer",
    kind: "CartLevelPercentage",
    status: "applied",
  });

  const redeem = (orderId: string, codes: string[]) =>
    request.post("/api/v1/coupons/redemptions", { headers: auth(t.tokens.pos), data: { orderId, codes } });
  expect((await ok(await redeem("o-1", ["V1-FIVE", coupon.code]))).redemptions).toHaveLength(2);
  await expectError(await redeem("o-2", [off.code]), 422);
  await ok(await redeem("o-3", [coupon.code]));
  const capped = await expectError(await redeem("o-4", [coupon.code]), 409);
  expect(capped.causes[0].code).toBe("redemption_limit_reached");
  expect(await ok(await request.get(`${v0}/coupons/${coupon.id}`, { headers: auth(t.tokens.viewer) }))).toMatchObject({ redemptions: 2 });

  const deleted = await request.delete(`${v0}/coupon_definitions/${summer.id}`, { headers: auth(t.tokens.marketer) });
  expect((await expectError(deleted, 409)).code).toBe("conflict");
  expect((await request.post("/api/v1/orders/o-1/failed", { headers: auth(t.tokens.pos) })).status()).toBe(200);
  expect((await request.post("/api/v1/orders/o-3/failed", { headers: auth(t.tokens.pos) })).status()).toBe(200);
  expect((await request.delete(`${v0}/coupon_definitions/${summer.id}`, { headers: auth(t.tokens.marketer) })).status()).toBe(204);
  expect((await ok(await request.get(`${v0}/coupons?filter[code]=${coupon.code}`, { headers: auth(t.tokens.viewer) }))).items).toEqual([]);
});
