// GET → change → PUT for every resource with a PUT (contract §1.4): the object exactly as GET answered
// it, one field changed, is accepted (read-only fields such as id, status, counts and audit stamps are
// ignored); an unknown field is still a 400 naming it. Each GET answer also parses to itself under its
// output schema, so the documented shape is exactly what the view mapper sends.
import { expect, test, type APIRequestContext } from "@playwright/test";
import type { z } from "zod";
import { CustomerView, ProductView, StoreGroupView, StoreView } from "@/lib/catalog/view-schemas";
import { CodeView } from "@/lib/codes/view-schemas";
import { db } from "@/lib/db/client";
import { CouponView, ExclusionListView, PromotionView } from "@/lib/offers/schemas";
import { CampaignView, CouponRuleView } from "@/lib/pos/view-schemas";
import { makeOffer } from "@/tests/factories/offers";
import { makePosSetup } from "@/tests/factories/pos";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";

type Json = Record<string, unknown>;

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

type Read = { path: string; pick: (body: Json) => unknown };

/**
 * GET the object (at itemPath, or as `read` picks it from another answer), check it against `view`,
 * PUT it back with `change` applied, and return what PUT answered.
 */
async function roundTrip(
  request: APIRequestContext,
  t: TestTenant,
  itemPath: string,
  key: string | null,
  view: z.ZodType,
  change: (object: Json) => Json,
  read?: Read,
): Promise<{ before: Json; after: Json }> {
  const { path, pick } = read ?? { path: itemPath, pick: (body: Json) => (key ? body[key] : body) };
  const answer = await request.get(path, { headers: auth(t.tokens.admin) });
  expect(answer.status(), await answer.text()).toBe(200);
  const before = pick((await answer.json()) as Json) as Json;
  expect(view.parse(before)).toEqual(before);

  const put = await request.put(itemPath, { headers: auth(t.tokens.admin), data: change(structuredClone(before)) });
  expect(put.status(), await put.text()).toBe(200);
  const written = (await put.json()) as Json;
  const after = (key ? written[key] : written) as Json;

  const unknown = await request.put(itemPath, {
    headers: auth(t.tokens.admin),
    data: { ...change(structuredClone(before)), surprise: true },
  });
  expect(unknown.status()).toBe(400);
  expect((await unknown.json()).causes).toContainEqual(expect.objectContaining({ field: "surprise", code: "unrecognized_keys" }));
  return { before, after };
}

test("coupons and promotions: GET, change the name, PUT the whole object back", async ({ request }) => {
  const t = await makeTenant();
  const couponId = await makeOffer(t.tenantId, {
    family: "coupon",
    category: { kind: "CartLevelFixed", discount: 5 },
    codes: ["RT-1", "RT-2"],
  });
  const couponTrip = await roundTrip(request, t, `/api/v1/coupons/${couponId}`, "coupon", CouponView, (c) => ({
    ...c,
    name: "Renamed coupon",
  }));
  expect(couponTrip.before).toMatchObject({ codesCount: 2, redemptionsCount: 0 });
  expect(couponTrip.after).toMatchObject({ id: couponId, name: "Renamed coupon", codesCount: 2 });
  expect(couponTrip.after.version).not.toBe(couponTrip.before.version);

  const promotionId = await makeOffer(t.tenantId, { family: "promotion", category: { kind: "CartLevelPercentage", discount: 10 } });
  const promotionTrip = await roundTrip(request, t, `/api/v1/promotions/${promotionId}`, "promotion", PromotionView, (p) => ({
    ...p,
    name: "Renamed promotion",
    id: "ignored",
    status: "Expired",
  }));
  expect(promotionTrip.after).toMatchObject({ id: promotionId, name: "Renamed promotion", status: promotionTrip.before.status });
});

test("a coupon code: GET from the list, switch it off, PUT it back", async ({ request }) => {
  const t = await makeTenant();
  const couponId = await makeOffer(t.tenantId, { family: "coupon", category: { kind: "CartLevelFixed", discount: 5 }, codes: ["RT-CODE"] });
  const codes = `/api/v1/coupons/${couponId}/codes`;
  const { items } = await (await request.get(codes, { headers: auth(t.tokens.admin) })).json();
  const fromList = { path: codes, pick: (body: Json) => (body.items as Json[])[0] };
  const { before, after } = await roundTrip(
    request,
    t,
    `${codes}/${items[0].id}`,
    "code",
    CodeView,
    (c) => ({ ...c, active: false }),
    fromList,
  );
  expect(after).toEqual({ ...before, active: false });
});

test("the exclusion list: GET, add an id, PUT it back", async ({ request }) => {
  const t = await makeTenant();
  expect((await request.put("/api/v1/promotions/exclusions", { headers: auth(t.tokens.admin), data: { ids: ["SKU-1"] } })).status()).toBe(
    200,
  );
  const { after } = await roundTrip(request, t, "/api/v1/promotions/exclusions", null, ExclusionListView, (list) => ({
    ...list,
    ids: [...(list.ids as string[]), "SKU-2"],
  }));
  expect(after.ids).toEqual(["SKU-1", "SKU-2"]);
});

test("catalog: stores, store groups, products and customers round-trip", async ({ request }) => {
  const t = await makeTenant();
  const post = async (path: string, data: Json) =>
    expect((await request.post(path, { headers: auth(t.tokens.admin), data })).status()).toBe(201);
  await post("/api/v1/store-groups", { id: "north", name: "North" });
  await post("/api/v1/stores", { id: "hamburg", name: "Hamburg", timeZone: "Europe/Berlin", storeGroupId: "north" });
  await post("/api/v1/products", {
    id: "SKU-1",
    name: "Shirt",
    prices: [{ currency: "EUR", amount: 19.99 }],
    categories: ["tops"],
    attributes: { color: "red" },
  });
  await post("/api/v1/customers", {
    id: "C-1",
    name: "Ada",
    email: "ada@example.com",
    segments: [{ key: "tier", value: "gold" }],
    rewardPoints: 10,
    lifetimePurchaseTotal: 120.5,
  });

  const group = await roundTrip(request, t, "/api/v1/store-groups/north", "storeGroup", StoreGroupView, (g) => ({
    ...g,
    name: "North region",
  }));
  expect(group.after).toMatchObject({ id: "north", name: "North region", storeCount: 1 });
  const store = await roundTrip(request, t, "/api/v1/stores/hamburg", "store", StoreView, (s) => ({ ...s, name: "Hamburg HQ" }));
  expect(store.after).toMatchObject({ id: "hamburg", name: "Hamburg HQ", timeZone: "Europe/Berlin", storeGroupId: "north" });
  const product = await roundTrip(request, t, "/api/v1/products/SKU-1", "product", ProductView, (p) => ({ ...p, name: "Red shirt" }));
  expect(product.after).toMatchObject({
    id: "SKU-1",
    name: "Red shirt",
    prices: [{ currency: "EUR", amount: 19.99 }],
    attributes: { color: "red" },
  });
  const customer = await roundTrip(request, t, "/api/v1/customers/C-1", "customer", CustomerView, (c) => ({ ...c, rewardPoints: 25 }));
  expect(customer.after).toMatchObject({ id: "C-1", rewardPoints: 25, lifetimePurchaseTotal: 120.5, currency: customer.before.currency });
});

test("POS campaigns and coupon rules round-trip with their version", async ({ request }) => {
  const t = await makeTenant();
  const { campaign, rule } = await makePosSetup(t);
  const campaignTrip = await roundTrip(request, t, `/api/v1/pos/campaigns/${campaign.id}`, "campaign", CampaignView, (c) => ({
    ...c,
    name: "Renamed campaign",
  }));
  expect(campaignTrip.after).toMatchObject({ id: campaign.id, name: "Renamed campaign", status: campaignTrip.before.status });
  expect(campaignTrip.after.version).not.toBe(campaignTrip.before.version);
  const ruleTrip = await roundTrip(request, t, `/api/v1/pos/coupon-rules/${rule.id}`, "couponRule", CouponRuleView, (r) => ({
    ...r,
    threshold: "300.00",
  }));
  expect(ruleTrip.after).toMatchObject({ id: rule.id, threshold: "300.00", printedText: ruleTrip.before.printedText });
  expect(await db().posCouponRule.count({ where: { tenantId: t.tenantId } })).toBe(1);
});
