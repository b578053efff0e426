// The answers the API sends parse to themselves under the output schemas OpenAPI documents (beyond the
// PUT resources of round-trip.spec.ts): cart, redemptions, codes and their jobs, POS evaluate/issue/verify.
import { expect, test } from "@playwright/test";
import { z } from "zod";
import { DiscountedCartView } from "@/lib/carts/view-schemas";
import { CodeImportView, CodesAdded, CodeView, ImportLinks } from "@/lib/codes/view-schemas";
import { IssuedCouponView, SaleEvaluationView } from "@/lib/pos/view-schemas";
import { RedemptionsAnswer, RedemptionView } from "@/lib/redemptions/view-schemas";
import { makeOffer } from "@/tests/factories/offers";
import { makePosSetup } from "@/tests/factories/pos";
import { makeTenant } from "@/tests/factories/tenant";

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

/** The answer is exactly its documented shape: parsing keeps every field and adds none. */
function expectShape(schema: z.ZodType, answer: unknown) {
  expect(schema.parse(answer)).toEqual(answer);
}

test("cart, redemption and revert answers match their output schemas", async ({ request }) => {
  const t = await makeTenant();
  await makeOffer(t.tenantId, { family: "coupon", category: { kind: "CartLevelFixed", discount: 5 }, codes: ["SHAPE-1"] });
  await makeOffer(t.tenantId, {
    family: "promotion",
    category: { kind: "ProductLevelPercentage", discount: 10, products: { productIds: ["SKU-1"] } },
  });
  const cart = await request.post("/api/v1/promotions/cart", {
    headers: auth(t.tokens.pos),
    data: {
      currency: "EUR",
      couponCodes: ["SHAPE-1", "NOPE"],
      items: [{ productId: "SKU-1", quantity: 2, price: 20, categories: ["tops"] }],
      shipping: { price: 4.5 },
    },
  });
  expect(cart.status()).toBe(200);
  const priced = await cart.json();
  expect(priced.trace.length).toBeGreaterThan(1);
  expect(priced.rejectedCouponCodes).toHaveLength(1);
  expectShape(DiscountedCartView, priced);

  const redeemed = await request.post("/api/v1/coupons/redemptions", {
    headers: auth(t.tokens.pos),
    data: { codes: ["SHAPE-1"], orderId: "o-1", catalogTotal: 40, currency: "EUR" },
  });
  const answer = await redeemed.json();
  expectShape(RedemptionsAnswer, answer);
  const reverted = await (
    await request.post(`/api/v1/coupons/redemptions/${answer.redemptions[0].id}/revert`, { headers: auth(t.tokens.pos) })
  ).json();
  expectShape(z.object({ redemption: RedemptionView }), reverted);
});

test("code answers and code jobs match their output schemas", async ({ request }) => {
  const t = await makeTenant();
  const couponId = await makeOffer(t.tenantId, { family: "coupon", category: { kind: "CartLevelFixed", discount: 5 } });
  const codes = `/api/v1/coupons/${couponId}/codes`;
  const added = await request.post(codes, { headers: auth(t.tokens.marketer), data: { codes: ["A-1", "A-2"] } });
  expect(added.status()).toBe(201);
  expectShape(CodesAdded, await added.json());
  const job = await request.post(`${codes}/generate`, {
    headers: auth(t.tokens.marketer),
    data: { count: 5, pattern: "G-####", charset: "numbers" },
  });
  expect(job.status()).toBe(202);
  const started = await job.json();
  expectShape(z.object({ codesImport: CodeImportView, links: ImportLinks }), started);
  expectShape(
    z.object({ codesImport: CodeImportView, links: ImportLinks }),
    await (await request.get(started.links.self, { headers: auth(t.tokens.viewer) })).json(),
  );
  const list = await (await request.get(codes, { headers: auth(t.tokens.viewer) })).json();
  for (const item of list.items) expectShape(CodeView, item);
});

test("POS evaluate, issue and verify answers match their output schemas", async ({ request }) => {
  const t = await makeTenant();
  const { rule } = await makePosSetup(t);
  const evaluated = await request.post("/api/v1/pos/coupon-rules/evaluate", {
    headers: auth(t.tokens.pos),
    data: { storeId: "hamburg", saleTotal: 300 },
  });
  const decision = await evaluated.json();
  expect(decision.coupons).toHaveLength(1);
  expectShape(SaleEvaluationView, decision);
  const issued = await request.post("/api/v1/pos/issued-coupons", {
    headers: auth(t.tokens.pos),
    data: { couponRuleId: rule.id, pointOfSaleId: "till-1", storeId: "hamburg" },
  });
  expect(issued.status()).toBe(201);
  const { issuedCoupon } = await issued.json();
  expectShape(IssuedCouponView, issuedCoupon);
  expect(issuedCoupon.award).not.toBeNull();
  const verified = await request.post("/api/v1/pos/issued-coupons/verify", {
    headers: auth(t.tokens.pos),
    data: { uniqueIdentifier: issuedCoupon.uniqueIdentifier },
  });
  expect(verified.status(), await verified.text()).toBe(200);
  expectShape(z.object({ issuedCoupon: IssuedCouponView }), await verified.json());
});
