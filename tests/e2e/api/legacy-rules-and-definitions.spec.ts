// The legacy v0 discount rules, coupon definitions and templates over real HTTP (contract §1.4 legacy row,
// §6; reference §7): every route, each answer and every error it can give, in the one error object.
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const v0 = "/api/v0/d";
type Cause = { field?: string; code?: string; message: string };

async function expectError(response: APIResponse, status: number, fields: (string | undefined)[] = []) {
  expect(response.status(), await response.text()).toBe(status);
  const body = await response.json();
  expect(body).toMatchObject({ status, id: expect.any(String), message: expect.any(String), type: expect.any(String) });
  if (fields.length) expect(body.causes.map((c: Cause) => c.field)).toEqual(fields);
  return body as { code: string; causes: Cause[] };
}

const fixedRule = { label: "Five off", scope: "order", currency: "EUR", type: "fixed", amount: 5 };

async function createRule(request: APIRequestContext, t: TestTenant, body: Record<string, unknown> = {}) {
  const response = await request.post(`${v0}/discount_rules`, { headers: auth(t.tokens.marketer), data: { ...fixedRule, ...body } });
  expect(response.status(), await response.text()).toBe(200);
  return response.json();
}

let t: TestTenant;
let other: TestTenant;
test.beforeAll(async () => {
  [t, other] = await Promise.all([makeTenant(), makeTenant()]);
});

test("discount rules: create, read, list, overwrite echoing the answer, delete; 404 across tenants", async ({ request }) => {
  const rule = await createRule(request, t, {
    label: "  Rule A  ",
    description: " Five off everything ",
    priority: 3,
    minimum_order_amount: 20,
  });
  expect(rule).toMatchObject({
    id: expect.any(String),
    label: "Rule A",
    description: "Five off everything",
    scope: "order",
    type: "fixed",
    amount: 5,
    currency: "EUR",
    priority: 3,
    minimum_order_amount: 20,
    items: [],
    categories: [],
  });
  expect(await (await request.get(`${v0}/discount_rules/${rule.id}`, { headers: auth(t.tokens.viewer) })).json()).toEqual(rule);
  const list = await (await request.get(`${v0}/discount_rules?q=rule%20a&scope=order`, { headers: auth(t.tokens.viewer) })).json();
  expect(list.items.map((r: { id: string }) => r.id)).toEqual([rule.id]);
  expect(list.pagination).toMatchObject({ page: 1, total: 1 });

  const put = await request.put(`${v0}/discount_rules/${rule.id}`, { headers: auth(t.tokens.marketer), data: { ...rule, amount: 7.5 } });
  expect(put.status(), await put.text()).toBe(200);
  expect(await put.json()).toMatchObject({ id: rule.id, amount: 7.5 });
  const percentage = await request.put(`${v0}/discount_rules/${rule.id}`, {
    headers: auth(t.tokens.marketer),
    data: { label: "Rule A", scope: "item", currency: "EUR", type: "percentage", percentage: 15, categories: ["shoes"] },
  });
  expect(await percentage.json()).toMatchObject({ type: "percentage", percentage: 15, scope: "item", categories: ["shoes"] });

  await expectError(await request.get(`${v0}/discount_rules/${rule.id}`, { headers: auth(other.tokens.admin) }), 404);
  await expectError(await request.put(`${v0}/discount_rules/${rule.id}`, { headers: auth(other.tokens.admin), data: fixedRule }), 404);
  await expectError(await request.delete(`${v0}/discount_rules/${rule.id}`, { headers: auth(other.tokens.admin) }), 404);
  const deleted = await request.delete(`${v0}/discount_rules/${rule.id}`, { headers: auth(t.tokens.marketer) });
  expect(deleted.status()).toBe(204);
  await expectError(await request.get(`${v0}/discount_rules/${rule.id}`, { headers: auth(t.tokens.viewer) }), 404);
});

test("discount rules: each validation names its field; a used label 409; auth, role, media type, method", async ({ request }) => {
  await createRule(request, t, { label: "Taken" });
  const post = (data: unknown, token = t.tokens.marketer) => request.post(`${v0}/discount_rules`, { headers: auth(token), data });
  await expectError(await post({ ...fixedRule, label: "Taken" }), 409, ["label"]);
  await expectError(await post({ ...fixedRule, type: "percent" }), 400, ["type"]);
  await expectError(await post({ ...fixedRule, scope: "basket" }), 400, ["scope"]);
  await expectError(await post({ ...fixedRule, label: "x1", scope: "item" }), 400, ["items"]);
  await expectError(await post({ ...fixedRule, label: "x2", currency: "EURO" }), 400, ["currency"]);
  await expectError(await post({ ...fixedRule, label: "x3", amount: 1.005 }), 400, ["amount"]);
  await expectError(await post({ ...fixedRule, label: "x4", amount: -1 }), 400, ["amount"]);
  await expectError(await post({ ...fixedRule, label: "x5", priority: -1 }), 400, ["priority"]);
  await expectError(await post({ ...fixedRule, label: "x6", shipping_price_limit: 5 }), 400, ["shipping_price_limit"]);
  await expectError(await post({ ...fixedRule, label: "x7", minimum_order_amount: 1.234 }), 400, ["minimum_order_amount"]);
  await expectError(await post({ label: "x8", scope: "order", currency: "EUR", type: "percentage", percentage: 120 }), 400, ["percentage"]);
  await expectError(await post({ ...fixedRule, label: "" }), 400, ["label"]);
  await expectError(await post({ ...fixedRule, label: "x9", surprise: 1 }), 400, ["surprise"]);
  await expectError(await post({ ...fixedRule, label: "x\u0000" }), 400, ["label"]);
  await expectError(await post(fixedRule, t.tokens.viewer), 403);
  await expectError(await request.post(`${v0}/discount_rules`, { data: fixedRule }), 401);
  await expectError(
    await request.post(`${v0}/discount_rules`, { headers: { ...auth(t.tokens.marketer), "Content-Type": "text/plain" }, data: "x" }),
    415,
  );
  await expectError(
    await request.post(`${v0}/discount_rules`, {
      headers: { ...auth(t.tokens.marketer), "Content-Type": "application/json" },
      data: "{nope",
    }),
    400,
  );
  await expectError(await request.get(`${v0}/discount_rules?count=500`, { headers: auth(t.tokens.viewer) }), 400, ["count"]);
  const patch = await request.patch(`${v0}/discount_rules/x`, { headers: auth(t.tokens.marketer), data: {} });
  expect((await expectError(patch, 405)).code).toBe("method_not_allowed");
  expect(patch.headers().allow).toBe("DELETE, GET, HEAD, OPTIONS, PUT");
});

const definitionBody = (ruleId: string, body: Record<string, unknown> = {}) => ({
  label: `def-${Math.random().toString(36).slice(2, 8)}`,
  pattern: "coupondef-[A-Z]{3}[0-9]{3}",
  validation_rules: [
    { label: "valid_from", values: { valid_from: "2017-10-23T06:00:00.000Z" } },
    { label: "valid_to", values: { valid_to: "2029-11-30T23:59:59.000Z" } },
  ],
  discount_rule_id: ruleId,
  channel_types: ["web", "store"],
  max_redemptions: 3,
  ...body,
});

test("definitions: create answers { id, label }; GET the full definition with capacity; PUT echoes; DELETE", async ({ request }) => {
  const rule = await createRule(request, t, { label: "def rule 1" });
  const body = definitionBody(rule.id);
  const created = await request.post(`${v0}/coupon_definitions`, { headers: auth(t.tokens.marketer), data: body });
  expect(created.status(), await created.text()).toBe(200);
  const { id, label } = await created.json();
  expect(await created.json()).toEqual({ id: expect.any(String), label: body.label });
  const read = await (await request.get(`${v0}/coupon_definitions/${id}`, { headers: auth(t.tokens.viewer) })).json();
  expect(read).toMatchObject({
    id,
    label,
    pattern: body.pattern,
    validation_rules: body.validation_rules,
    discount_rule_id: rule.id,
    channel_types: ["web", "store"],
    max_redemptions: 3,
    pattern_capacity: "17576000",
    coupons_count: 0,
    codes_remaining: "17576000",
  });
  const list = await (await request.get(`${v0}/coupon_definitions?q=${label}`, { headers: auth(t.tokens.viewer) })).json();
  expect(list.items).toEqual([read]);

  const put = await request.put(`${v0}/coupon_definitions/${id}`, {
    headers: auth(t.tokens.marketer),
    data: { ...read, max_redemptions: 1, channel_types: ["mobile_ios"] },
  });
  expect(put.status(), await put.text()).toBe(200);
  expect(await put.json()).toMatchObject({ id, max_redemptions: 1, channel_types: ["mobile_ios"] });

  await expectError(await request.get(`${v0}/coupon_definitions/${id}`, { headers: auth(other.tokens.viewer) }), 404);
  await expectError(await request.put(`${v0}/coupon_definitions/${id}`, { headers: auth(other.tokens.admin), data: body }), 404);
  await expectError(await request.delete(`${v0}/coupon_definitions/${id}`, { headers: auth(other.tokens.admin) }), 404);
  expect((await request.delete(`${v0}/coupon_definitions/${id}`, { headers: auth(t.tokens.marketer) })).status()).toBe(204);
  await expectError(await request.get(`${v0}/coupon_definitions/${id}`, { headers: auth(t.tokens.viewer) }), 404);
});

test("definitions: validation names field and rule; labels are one namespace with templates (409)", async ({ request }) => {
  const rule = await createRule(request, t, { label: "def rule 2" });
  const post = (data: unknown) => request.post(`${v0}/coupon_definitions`, { headers: auth(t.tokens.marketer), data });
  const taken = definitionBody(rule.id);
  expect((await post(taken)).status()).toBe(200);
  expect((await expectError(await post(taken), 409, ["label"])).code).toBe("conflict");
  const template = await request.post(`${v0}/coupon_templates`, {
    headers: auth(t.tokens.marketer),
    data: { label: taken.label, pattern: "T[0-9]{4}" },
  });
  await expectError(template, 409, ["label"]);

  const cases: [string, Record<string, unknown>, string][] = [
    ["six channel types", { channel_types: ["web", "mobile", "mobile_ios", "mobile_android", "store", "web"] }, "channel_types"],
    ["an unknown channel type", { channel_types: ["kiosk"] }, "channel_types[0]"],
    ["max_redemptions 0", { max_redemptions: 0 }, "max_redemptions"],
    ["max_redemptions 1.5", { max_redemptions: 1.5 }, "max_redemptions"],
    ["an unbounded *", { pattern: "A[0-9]*" }, "pattern"],
    ["a +", { pattern: "A+" }, "pattern"],
    ["a look-ahead", { pattern: "(?=A)A" }, "pattern"],
    ["a back-reference", { pattern: "(A)\\1" }, "pattern"],
    ["a character outside the code charset", { pattern: "A[ #]" }, "pattern"],
    ["a pattern longer than a code", { pattern: "[A-Z]{65}" }, "pattern"],
    ["an empty pattern", { pattern: "" }, "pattern"],
    ["an unknown discount rule", { discount_rule_id: "no-such-rule" }, "discount_rule_id"],
    [
      "a minimal order total on a definition",
      { validation_rules: [{ label: "minimal_order_total_before_discount", values: { amount: 1, currency: "EUR" } }] },
      "validation_rules[0].label",
    ],
    [
      "valid_from after valid_to",
      {
        validation_rules: [
          { label: "valid_from", values: { valid_from: "2030-01-01T00:00:00Z" } },
          { label: "valid_to", values: { valid_to: "2029-01-01T00:00:00Z" } },
        ],
      },
      "validation_rules[1].values.valid_to",
    ],
    [
      "a date without offset",
      { validation_rules: [{ label: "valid_to", values: { valid_to: "2029-01-01 00:00" } }] },
      "validation_rules[0].values.valid_to",
    ],
    ["an unknown rule label", { validation_rules: [{ label: "only_tuesdays", values: {} }] }, "validation_rules[0].label"],
    ["no discount rule", { discount_rule_id: undefined }, "discount_rule_id"],
  ];
  for (const [name, change, field] of cases) {
    const response = await post(definitionBody(rule.id, change));
    const error = await expectError(response, 400);
    expect(
      error.causes.map((c) => c.field),
      name,
    ).toContain(field);
  }
  await expectError(await request.post(`${v0}/coupon_definitions`, { headers: auth(t.tokens.viewer), data: definitionBody(rule.id) }), 403);
  await expectError(await request.get(`${v0}/coupon_definitions/x`), 401);
  await expectError(await request.patch(`${v0}/coupon_definitions`, { headers: auth(t.tokens.marketer), data: {} }), 405);
  await expectError(
    await request.put(`${v0}/coupon_definitions/none`, { headers: auth(t.tokens.marketer), data: definitionBody(rule.id) }),
    404,
  );
  await expectError(await request.delete(`${v0}/coupon_definitions/none`, { headers: auth(t.tokens.marketer) }), 404);
});

test("PUT of a definition: a label used elsewhere 409, the coupons' own rules must still combine (400)", async ({ request }) => {
  const rule = await createRule(request, t, { label: "def rule 3" });
  const first = await (
    await request.post(`${v0}/coupon_definitions`, { headers: auth(t.tokens.marketer), data: definitionBody(rule.id) })
  ).json();
  const secondBody = definitionBody(rule.id);
  const second = await (await request.post(`${v0}/coupon_definitions`, { headers: auth(t.tokens.marketer), data: secondBody })).json();
  await expectError(
    await request.put(`${v0}/coupon_definitions/${second.id}`, {
      headers: auth(t.tokens.marketer),
      data: { ...secondBody, label: first.label },
    }),
    409,
    ["label"],
  );
  const coupon = await request.post(`${v0}/coupons`, {
    headers: auth(t.tokens.marketer),
    data: { template_label: secondBody.label, validation_rules: [{ label: "valid_to", values: { valid_to: "2028-01-01T00:00:00Z" } }] },
  });
  expect(coupon.status(), await coupon.text()).toBe(200);
  const narrowed = await request.put(`${v0}/coupon_definitions/${second.id}`, {
    headers: auth(t.tokens.marketer),
    data: { ...secondBody, validation_rules: [{ label: "valid_to", values: { valid_to: "2027-01-01T00:00:00Z" } }] },
  });
  const error = await expectError(narrowed, 400, ["validation_rules"]);
  expect(error.causes[0]).toMatchObject({ code: "rule_conflict", message: expect.stringContaining((await coupon.json()).id) });
  // The rule is in use now: it cannot go, nor change its currency.
  await expectError(await request.delete(`${v0}/discount_rules/${rule.id}`, { headers: auth(t.tokens.marketer) }), 409);
  await expectError(
    await request.put(`${v0}/discount_rules/${rule.id}`, {
      headers: auth(t.tokens.marketer),
      data: { ...fixedRule, label: "def rule 3", currency: "USD" },
    }),
    409,
    ["currency"],
  );
});

test("templates: create with all four rule kinds and an amount; validation names the field", async ({ request }) => {
  const post = (data: unknown) => request.post(`${v0}/coupon_templates`, { headers: auth(t.tokens.marketer), data });
  const created = await post({
    label: "tmpl-all",
    pattern: "TPL_[a-z]{5}",
    validation_rules: [
      { label: "valid_from", values: { valid_from: "2020-01-01T00:00:00Z" } },
      { label: "valid_to", values: { valid_to: "2035-01-01T00:00:00Z" } },
      { label: "restricted_to_consumer_id", values: { consumer_id: "c-7" } },
      { label: "minimal_order_total_before_discount", values: { amount: 30, currency: "EUR" } },
    ],
    amount: { value: 4.5, currency: "EUR" },
  });
  expect(created.status(), await created.text()).toBe(200);
  expect(await created.json()).toEqual({ id: expect.any(String), label: "tmpl-all" });
  await expectError(await post({ label: "tmpl-2", pattern: "X{2,}" }), 400, ["pattern"]);
  await expectError(await post({ label: "tmpl-3", pattern: "X", amount: { value: 1.001, currency: "EUR" } }), 400, ["amount.value"]);
  await expectError(
    await post({
      label: "tmpl-4",
      pattern: "Y[0-9]",
      amount: { value: 1, currency: "USD" },
      validation_rules: [{ label: "minimal_order_total_before_discount", values: { amount: 30, currency: "EUR" } }],
    }),
    400,
    ["validation_rules[0].values.currency"],
  );
  await expectError(await post({ pattern: "Z" }), 400, ["label"]);
  await expectError(await request.get(`${v0}/coupon_templates`, { headers: auth(t.tokens.viewer) }), 405);
});
