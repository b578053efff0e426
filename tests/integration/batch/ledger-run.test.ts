// "The carts of the last N days" (contract §8): a redemption that carries its cart keeps it once per order,
// and POST /api/v1/batch-runs {source: "ledger", days} prices those carts; its totals equal the sum of the
// cart API's answers for the same carts. Orders older than N days, or without a cart, are not in it.
import { beforeAll, describe, expect, it } from "vitest";
import * as batchRunsRoute from "@/app/api/v1/batch-runs/route";
import { batchJobHandler, BATCH_JOB_KIND } from "@/lib/batch/batch-job";
import { getBatchRun, listCartsAboveShare } from "@/lib/batch/get-batch-run";
import { priceCartForTenant } from "@/lib/carts/price-cart-for-tenant";
import { addCodes } from "@/lib/codes/add-codes";
import { db } from "@/lib/db/client";
import { registerJobHandlers } from "@/lib/jobs/registry";
import { disableBackgroundJobRunner, runPendingJobs } from "@/lib/jobs/runner";
import { createOffer } from "@/lib/offers/create-offer";
import { CouponInput, PromotionInput } from "@/lib/offers/schemas";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { saveDraft } from "@/lib/versions/save-draft";
import { makeTenant } from "@/tests/factories/tenant";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function post(token: string, body: unknown) {
  const request = new Request("http://localhost/api/v1/batch-runs", {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const response = await (batchRunsRoute.POST as Handler)(request, { params: Promise.resolve({}) });
  return { status: response.status, body: await response.json() };
}

const shoes = (active: boolean) =>
  PromotionInput.parse({
    name: "Shoes",
    active,
    validFrom: "2020-01-01T00:00:00Z",
    category: { kind: "ProductLevelPercentage", discount: 10, products: { productIds: ["SHOE"] } },
    currencies: [{ code: "EUR" }],
  });
const five = CouponInput.parse({
  name: "Five off",
  active: true,
  validFrom: "2020-01-01T00:00:00Z",
  category: { kind: "CartLevelFixed", discount: 5 },
  currencies: [{ code: "EUR", minimumCartValue: 50 }],
});
const cartOf = (shoes: number, hat: number) => ({
  currency: "EUR",
  items: [
    { productId: "SHOE", quantity: shoes, price: 40 },
    { productId: "HAT", quantity: 1, price: hat },
  ],
});
const DAY = 86_400_000;

beforeAll(() => {
  disableBackgroundJobRunner();
  registerJobHandlers([batchJobHandler]);
});

describe("batch runs over the ledger's carts", () => {
  it("prices the carts of the orders of the last 7 days; the totals equal the sum of single-cart API calls", async () => {
    const t = await makeTenant();
    const promotion = await createOffer(t.actors.marketer, "promotion", shoes(true));
    const coupon = await createOffer(t.actors.marketer, "coupon", five);
    await addCodes(t.actors.marketer, coupon.id, { codes: ["FIVE"] });
    await saveDraft(t.actors.marketer, "promotion", promotion.id, { snapshot: shoes(false) });

    const orders = [
      { orderId: "o-1", cart: cartOf(1, 15) },
      { orderId: "o-2", cart: cartOf(2, 30) },
      { orderId: "o-3", cart: cartOf(3, 5.5) },
    ];
    for (const order of orders) await redeemCodes(t.actors.admin, { codes: ["FIVE"], ...order });
    // A retry of the same order keeps the first cart; an order without cart and one of 8 days ago are not in the run.
    await redeemCodes(t.actors.admin, { codes: ["FIVE"], orderId: "o-1", cart: cartOf(9, 99) });
    await redeemCodes(t.actors.admin, { codes: ["FIVE"], orderId: "no-cart" });
    await redeemCodes(t.actors.admin, { codes: ["FIVE"], orderId: "old", cart: cartOf(5, 50) }, new Date(Date.now() - 8 * DAY));

    const created = await post(t.tokens.marketer, { source: "ledger", days: 7, drafts: [{ kind: "promotion", id: promotion.id }] });
    expect(created.status).toBe(202);
    expect(created.body.batchRun).toMatchObject({ status: "queued", format: "jsonl", fileName: "Ledger: orders of the last 7 days" });
    expect(await runPendingJobs({ kinds: [BATCH_JOB_KIND], dueBy: new Date(Date.now() + DAY) })).toBe(1);

    const { batchRun } = await getBatchRun(t.tenantId, created.body.batchRun.id);
    expect(batchRun).toMatchObject({ status: "succeeded", totalCarts: 3, pricedCarts: 3, errorRows: 0 });
    const carts = (await listCartsAboveShare(t.tenantId, batchRun.id, { minShare: -1, page: 1, count: 10 })).items;
    expect(carts.map((c) => c.cartId).sort()).toEqual(["o-1", "o-2", "o-3"]);

    let live = 0;
    for (const order of orders) {
      const api = (await priceCartForTenant(t.tenantId, { ...order.cart, couponCodes: ["FIVE"] })).cart;
      expect(api.rejectedCouponCodes).toEqual([]);
      live += Math.round(api.totals.discount * 100);
      expect(carts.find((c) => c.cartId === order.orderId)!.live.discount).toBe(api.totals.discount);
    }
    // 4 + 5, 8 + 5, 12 + 5 euros.
    expect(live).toBe(3900);
    expect(Math.round(batchRun.summary!.currencies[0].liveDiscount * 100)).toBe(live);
    // The draft switches the shoe promotion off: the coupon's 5 euros remain on each cart.
    expect(Math.round(batchRun.summary!.currencies[0].draftDiscount * 100)).toBe(1500);
  });

  it("keeps the cart of an order that got no offer, so a draft can be tried on it", async () => {
    const t = await makeTenant();
    const promotion = await createOffer(t.actors.marketer, "promotion", shoes(false));
    await saveDraft(t.actors.marketer, "promotion", promotion.id, { snapshot: shoes(true) });
    const answer = await redeemCodes(t.actors.admin, { codes: [], orderId: "plain", cart: cartOf(2, 30) });
    expect(answer.redemptions).toEqual([]);

    const created = await post(t.tokens.marketer, { source: "ledger", days: 7, drafts: [{ kind: "promotion", id: promotion.id }] });
    expect(created.status).toBe(202);
    expect(await runPendingJobs({ kinds: [BATCH_JOB_KIND], dueBy: new Date(Date.now() + DAY) })).toBe(1);
    const { batchRun } = await getBatchRun(t.tenantId, created.body.batchRun.id);
    expect(batchRun).toMatchObject({ status: "succeeded", totalCarts: 1, pricedCarts: 1 });
    expect(batchRun.summary!.currencies[0].liveDiscount).toBe(0);
    expect(batchRun.summary!.currencies[0].draftDiscount).toBeGreaterThan(0);
  });

  it("refuses days outside 1–90 or a bad source, naming the field and the limit, and a window without carts", async () => {
    const t = await makeTenant();
    const cases: [unknown, string, string][] = [
      [{ source: "ledger", days: 0 }, "days", "days must be at least 1"],
      [{ source: "ledger", days: 91 }, "days", "days must be at most 90"],
      [{ source: "ledger", days: 1.5 }, "days", "days must be a whole number"],
      [{ source: "file", days: 7 }, "source", 'source must be "ledger" (to upload a file, send multipart/form-data)'],
    ];
    for (const [body, field, message] of cases) {
      const answer = await post(t.tokens.marketer, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.causes, JSON.stringify(body)).toEqual([expect.objectContaining({ field, message })]);
    }
    const empty = await post(t.tokens.marketer, { source: "ledger", days: 1 });
    expect(empty.status).toBe(400);
    expect(empty.body.causes).toEqual([expect.objectContaining({ field: "days", message: expect.stringContaining("the last 1 day") })]);
    expect((await post(t.tokens.viewer, { source: "ledger", days: 7 })).status).toBe(403);
    expect(await db().batchRun.count({ where: { tenantId: t.tenantId } })).toBe(0);
  });
});
