// NewStore's v0 documentation samples (reference §7), written as the docs wrap them — an example name,
// then `schema` — and sent unwrapped, verbatim, one test each. Only ids are ours: a sample's
// discount_rule_id names a rule of NewStore's, so the rule created first stands in for it.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const v0 = "/api/v0/d";

/** `{ "<example name>": { "schema": body } }` → body, as reference §7.1 says the real body is the inner object. */
function unwrap(sample: Record<string, { schema: Record<string, unknown> }>): Record<string, unknown> {
  const [inner] = Object.values(sample);
  return inner.schema;
}

const RULE_ID = "{discount_rule_id}";
const withRule = (body: Record<string, unknown>, ruleId: string) => JSON.parse(JSON.stringify(body).replaceAll(RULE_ID, ruleId));

const SAMPLES = {
  discountRules: {
    discount_rule_fixed: {
      schema: {
        label: "10 USD off orders over 50",
        description: "Fixed amount off the whole order",
        scope: "order",
        currency: "USD",
        priority: 1,
        minimum_order_amount: 50,
        type: "fixed",
        amount: 10,
      },
    },
    discount_rule_item: {
      schema: {
        label: "15% off shoes",
        scope: "item",
        currency: "USD",
        type: "percentage",
        percentage: 15,
        categories: ["shoes"],
        items: ["sku-1"],
      },
    },
    discount_rule_shipping: {
      schema: { label: "5 USD off shipping", scope: "shipping", currency: "USD", shipping_price_limit: 20, type: "fixed", amount: 5 },
    },
  },
  definitions: {
    coupondef_req_date: {
      schema: {
        label: "coupondef-date",
        pattern: "coupondef-[A-Z]{3}[0-9]{3}",
        validation_rules: [
          { label: "valid_from", values: { valid_from: "2017-10-23T06:00:00.000Z" } },
          { label: "valid_to", values: { valid_to: "2019-11-30T23:59:59.000Z" } },
        ],
        discount_rule_id: RULE_ID,
        max_redemptions: 10000000,
      },
    },
    coupondef_req_consumer: {
      schema: {
        label: "coupondef-consumer",
        pattern: "coupondef-[A-Z]{3}[0-9]{3}",
        validation_rules: [{ label: "restricted_to_consumer_id", values: { consumer_id: "consumer-1" } }],
        discount_rule_id: RULE_ID,
        channel_types: ["web", "mobile", "mobile_ios", "mobile_android", "store"],
        max_redemptions: 1,
      },
    },
  },
  template: {
    coupon_template_req: {
      schema: {
        label: "COUPON_TEMPLATE",
        pattern: "COUPON_[a-zA-Z0-9]{5}",
        validation_rules: [
          { label: "valid_from", values: { valid_from: "2017-10-23T06:00:00.000Z" } },
          { label: "minimal_order_total_before_discount", values: { amount: 20, currency: "USD" } },
        ],
        amount: { value: 5, currency: "USD" },
      },
    },
  },
  coupon: { coupon_req: { schema: { label: "Coupon for consumer-1", template_label: "coupondef-consumer" } } },
  templateCoupon: { coupon_req_template: { schema: { template_label: "COUPON_TEMPLATE" } } },
  update: { coupon_update_req: { schema: { is_enabled: false } } },
} as const;

let t: TestTenant;
let ruleId: string;

async function post(request: APIRequestContext, path: string, body: unknown) {
  const response = await request.post(`${v0}/${path}`, { headers: auth(t.tokens.marketer), data: body });
  expect(response.status(), await response.text()).toBe(200);
  return response.json();
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ request }) => {
  t = await makeTenant();
  ruleId = (await post(request, "discount_rules", unwrap({ discount_rule_fixed: SAMPLES.discountRules.discount_rule_fixed }))).id;
});

for (const [name, sample] of Object.entries(SAMPLES.discountRules).slice(1)) {
  test(`discount rule sample ${name} is accepted verbatim`, async ({ request }) => {
    const rule = await post(request, "discount_rules", unwrap({ [name]: sample }));
    expect(rule).toMatchObject(sample.schema);
  });
}

for (const [name, sample] of Object.entries(SAMPLES.definitions)) {
  test(`definition sample ${name} is accepted verbatim and read back as sent`, async ({ request }) => {
    const body = withRule(unwrap({ [name]: sample }), ruleId);
    const created = await post(request, "coupon_definitions", body);
    expect(created).toEqual({ id: expect.any(String), label: body.label });
    const read = await (await request.get(`${v0}/coupon_definitions/${created.id}`, { headers: auth(t.tokens.viewer) })).json();
    expect(read).toMatchObject(body);
  });
}

test("template sample coupon_template_req is accepted verbatim", async ({ request }) => {
  expect(await post(request, "coupon_templates", unwrap(SAMPLES.template))).toEqual({ id: expect.any(String), label: "COUPON_TEMPLATE" });
});

test("coupon sample coupon_req is accepted and answers { label, code, id, is_enabled }", async ({ request }) => {
  const coupon = await post(request, "coupons", unwrap(SAMPLES.coupon));
  expect(coupon).toMatchObject({
    label: "Coupon for consumer-1",
    code: expect.stringMatching(/^coupondef-[A-Z]{3}\d{3}$/),
    id: expect.any(String),
    is_enabled: true,
  });
  const fromTemplate = await post(request, "coupons", unwrap(SAMPLES.templateCoupon));
  // The docs' own sample answer code, COUPON_bf3sK, has the shape of this template's pattern.
  expect(fromTemplate.code).toMatch(/^COUPON_[a-zA-Z0-9]{5}$/);
});

test("update sample coupon_update_req is accepted by PATCH and by the deprecated POST", async ({ request }) => {
  const coupon = await post(request, "coupons", unwrap(SAMPLES.coupon));
  for (const method of ["patch", "post"] as const) {
    const response = await request[method](`${v0}/coupons/${coupon.id}`, {
      headers: auth(t.tokens.marketer),
      data: unwrap(SAMPLES.update),
    });
    expect(response.status(), await response.text()).toBe(200);
    expect(await response.json()).toMatchObject({ id: coupon.id, code: coupon.code, label: coupon.label, is_enabled: false });
  }
});
