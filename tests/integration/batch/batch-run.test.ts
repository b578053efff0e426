// Batch what-if runs on the database (contract §8): upload → queued job → priced carts, each side equal to
// what POST /api/v1/promotions/cart answers (live now; the draft side once the draft is published), rows
// that do not parse reported by line, progress committed per chunk and a stopped run resumed from there.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { BATCH_JOB_KIND } from "@/lib/batch/batch-job";
import { createBatchRun } from "@/lib/batch/create-batch-run";
import { getBatchRun, listBatchErrors, listCartsAboveShare } from "@/lib/batch/get-batch-run";
import { streamResultsCsv } from "@/lib/batch/results-csv";
import { BatchStoppedForTest, setBatchChunkSize, stopBatchAfterChunks } from "@/lib/batch/run-batch";
import { priceCartForTenant } from "@/lib/carts/price-cart-for-tenant";
import { CartRequestSchema } from "@/lib/carts/schemas";
import { simulateCart } from "@/lib/carts/simulate-cart";
import { decodeSimulation } from "@/lib/carts/simulation-url";
import { resolveSimulatorDrafts } from "@/lib/carts/simulator-drafts";
import { addCodes } from "@/lib/codes/add-codes";
import { batchJobHandler } from "@/lib/batch/batch-job";
import { db } from "@/lib/db/client";
import { registerJobHandlers } from "@/lib/jobs/registry";
import { disableBackgroundJobRunner, runPendingJobs } from "@/lib/jobs/runner";
import { createOffer } from "@/lib/offers/create-offer";
import { CouponInput, PromotionInput } from "@/lib/offers/schemas";
import { publishVersion } from "@/lib/versions/publish-version";
import { saveDraft } from "@/lib/versions/save-draft";
import { readStream, TEST_BOUNDARY } from "@/tests/support/codes";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";

const promotion = (active: boolean) =>
  PromotionInput.parse({
    name: "Shoes off",
    active,
    validFrom: "2020-01-01T00:00:00Z",
    category: { kind: "ProductLevelPercentage", discount: 10, products: { productIds: ["SHOE"] } },
    currencies: [{ code: "EUR" }],
  });
const coupon = CouponInput.parse({
  name: "Five off",
  active: true,
  validFrom: "2020-01-01T00:00:00Z",
  category: { kind: "CartLevelFixed", discount: 5 },
  currencies: [{ code: "EUR", minimumCartValue: 50 }],
});

function upload(content: string, drafts?: unknown): Request {
  const parts = [
    `--${TEST_BOUNDARY}\r\nContent-Disposition: form-data; name="import"; filename="carts.csv"\r\nContent-Type: text/csv\r\n\r\n${content}\r\n`,
    ...(drafts === undefined
      ? []
      : [`--${TEST_BOUNDARY}\r\nContent-Disposition: form-data; name="drafts"\r\n\r\n${JSON.stringify(drafts)}\r\n`]),
    `--${TEST_BOUNDARY}--\r\n`,
  ];
  return new Request("http://localhost/upload", {
    method: "POST",
    headers: { "content-type": `multipart/form-data; boundary=${TEST_BOUNDARY}` },
    body: parts.join(""),
  });
}

const runJobs = () => runPendingJobs({ kinds: [BATCH_JOB_KIND], dueBy: new Date(Date.now() + 24 * 3600_000) });

/** A tenant with a live 10 % shoe promotion whose draft switches it off, and a coupon code FIVE (minimum 50). */
async function shop(): Promise<{ t: TestTenant; promotionId: string }> {
  const t = await makeTenant();
  const shoes = await createOffer(t.actors.marketer, "promotion", promotion(true));
  const five = await createOffer(t.actors.marketer, "coupon", coupon);
  await addCodes(t.actors.marketer, five.id, { codes: ["FIVE"] });
  await saveDraft(t.actors.marketer, "promotion", shoes.id, { snapshot: promotion(false) });
  return { t, promotionId: shoes.id };
}

/** `n` carts: every third has shoes, every second names the code, every fifth a code nobody issued. */
function csvOf(n: number): string {
  const rows = ["cart_id,product_id,quantity,price,currency,coupon_codes"];
  for (let i = 1; i <= n; i++) {
    const codes = [i % 2 === 0 ? "FIVE" : "", i % 5 === 0 ? "NOPE" : ""].filter(Boolean).join("|");
    rows.push(`C${i},HAT,1,${(i % 7) * 10 + 5}.50,EUR,${codes}`);
    if (i % 3 === 0) rows.push(`C${i},SHOE,${(i % 4) + 1},40,,`);
  }
  return rows.join("\n") + "\n";
}

beforeAll(() => {
  disableBackgroundJobRunner();
  registerJobHandlers([batchJobHandler]);
});

afterEach(() => {
  setBatchChunkSize(undefined);
  stopBatchAfterChunks(undefined);
});

describe("batch runs", () => {
  it("prices every cart as the cart API does, live now and with the draft once it is published", async () => {
    const { t, promotionId } = await shop();
    const created = await createBatchRun(t.actors.marketer, upload(csvOf(40), [{ kind: "promotion", id: promotionId }]));
    expect(created).toMatchObject({ status: "queued", format: "csv", drafts: [{ kind: "promotion", id: promotionId, number: 2 }] });
    expect(await runJobs()).toBe(1);
    const { batchRun, topChanged } = await getBatchRun(t.tenantId, created.id);
    expect(batchRun).toMatchObject({ status: "succeeded", totalCarts: 40, pricedCarts: 40, progress: 1, errorRows: 0 });

    // minShare −1: every cart, the ones without a discount too.
    const all = (await listCartsAboveShare(t.tenantId, created.id, { minShare: -1, page: 1, count: 100 })).items;
    const byId = new Map(all.map((c) => [c.cartId, c]));
    expect(byId.size).toBe(40);
    let live = 0;
    for (const cart of byId.values()) {
      const api = (await priceCartForTenant(t.tenantId, cart.request)).cart;
      expect(cart.live.discount, cart.cartId).toBe(api.totals.discount);
      expect(cart.live.total, cart.cartId).toBe(api.totals.total);
      expect(cart.live.codes.rejected, cart.cartId).toEqual(api.rejectedCouponCodes.map((r) => ({ code: r.code, reason: r.reason })));
      live += Math.round(api.totals.discount * 100);
    }
    expect(Math.round(batchRun.summary!.currencies[0].liveDiscount * 100)).toBe(live);

    // The changed carts open in the simulator with the run's drafts chosen: it shows the draft side's discount.
    for (const cart of topChanged.slice(0, 3)) {
      const url = new URL(cart.simulatorUrl, "http://localhost");
      expect(url.pathname).toBe("/simulator");
      const drafts = await resolveSimulatorDrafts(t.tenantId, url.searchParams.get("drafts") ?? undefined);
      expect(drafts.chosen).toEqual([{ kind: "promotion", id: promotionId, number: 2, label: "Promotion “Shoes off”, draft v2" }]);
      const request = CartRequestSchema.parse(decodeSimulation(url.searchParams.get("cart") ?? undefined));
      const withDrafts = await simulateCart(t.tenantId, request, new Date(), drafts.overlays);
      expect(withDrafts.cart.totals.discount, cart.cartId).toBe(cart.draft.discount);
      expect((await simulateCart(t.tenantId, request)).cart.totals.discount, cart.cartId).toBe(cart.live.discount);
      expect(cart.draft.discount).not.toBe(cart.live.discount);
    }

    await publishVersion(t.actors.marketer, "promotion", promotionId, { acceptBrokenScenarios: true, note: "Shoes off ends" });
    let draft = 0;
    for (const cart of byId.values()) {
      const api = (await priceCartForTenant(t.tenantId, cart.request)).cart;
      expect(cart.draft.discount, cart.cartId).toBe(api.totals.discount);
      draft += Math.round(api.totals.discount * 100);
    }
    expect(Math.round(batchRun.summary!.currencies[0].draftDiscount * 100)).toBe(draft);

    // Carts 3, 6, … hold shoes: exactly those change, the largest difference first.
    const changed = [...byId.values()].filter((c) => c.changed).map((c) => c.cartId);
    expect(changed.sort()).toEqual(Array.from({ length: 13 }, (_, i) => `C${(i + 1) * 3}`).sort());
    expect(batchRun.summary).toMatchObject({ carts: 40, changedCarts: 13, changedShare: 13 / 40 });
    expect(topChanged.map((c) => c.cartId)).toEqual(
      [...byId.values()]
        .filter((c) => c.changed)
        .sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference) || a.line - b.line)
        .map((c) => c.cartId),
    );
    expect(topChanged[0].simulatorUrl).toMatch(/^\/simulator\?cart=[A-Za-z0-9_-]+&drafts=[A-Za-z0-9_-]+$/);
    const shoesOffer = batchRun.summary!.offers.find((o) => o.id === promotionId)!;
    expect(shoesOffer.live.uses).toBe(13);
    expect(shoesOffer.draft).toEqual({ cost: 0, uses: 0 });
    expect(shoesOffer.difference).toBe(-shoesOffer.live.cost);
  });

  it("reports each row that does not parse by line, with the field and the limit, and prices the rest", async () => {
    const { t } = await shop();
    const file = [
      "cart_id,product_id,quantity,price,currency,coupon_codes,at",
      "A,HAT,1,10,EUR,,", // 2 ok
      "A,SHOE,0,10,,,", // 3 quantity
      "B,HAT,1,10.005,EUR,,", // 4 price decimals
      "C,HAT,1,10,XXX,,", // 5 currency
      "D,HAT,1,10,EUR,,yesterday", // 6 at
      "A,HAT,1,10,USD,,", // 7 currency differs
      ",HAT,1,10,EUR,,", // 8 cart_id required
      'E,"HAT,1,10,EUR,,', // 9 unclosed quote
      "F,HAT,1", // 10 field count
      "G,HAT,1,100000001,EUR,,", // 11 price limit
      "H,HAT,1,10,EUR,,", // 12 ok
    ].join("\n");
    const run = await createBatchRun(t.actors.marketer, upload(file));
    await runJobs();
    const errors = await listBatchErrors(t.tenantId, run.id, { page: 1, count: 100 });
    expect(errors.items).toEqual([
      { line: 3, field: "quantity", message: "quantity must be at least 1" },
      { line: 4, field: "price", message: "price has more decimals than EUR allows (2)" },
      { line: 5, field: "currency", message: "currency must be an active ISO 4217 code such as EUR" },
      { line: 6, field: "at", message: "at must be an ISO 8601 instant with Z or an offset, e.g. 2026-12-01T09:00:00Z" },
      { line: 7, field: "currency", message: "currency differs from the first row of cart A (line 2)" },
      { line: 8, field: "cart_id", message: "cart_id is required" },
      { line: 9, field: null, message: "A quoted field has no closing quote" },
      { line: 10, field: null, message: "The row has 3 fields; the header has 7" },
      { line: 11, field: "price", message: "price must be at most 100000000" },
    ]);
    expect(errors.total).toBe(9);
    const { batchRun } = await getBatchRun(t.tenantId, run.id);
    expect(batchRun).toMatchObject({ status: "succeeded", totalCarts: 2, pricedCarts: 2, errorRows: 9 });
  });

  it("commits progress per chunk and resumes a stopped run from its checkpoint with the same totals", async () => {
    const { t, promotionId } = await shop();
    const drafts = [{ kind: "promotion", id: promotionId }];
    const whole = await createBatchRun(t.actors.marketer, upload(csvOf(23), drafts));
    await runJobs();

    setBatchChunkSize(5);
    stopBatchAfterChunks(2);
    const stopped = await createBatchRun(t.actors.marketer, upload(csvOf(23), drafts));
    await runPendingJobs({ kinds: [BATCH_JOB_KIND] }).catch((error) => {
      if (!(error instanceof BatchStoppedForTest)) throw error;
    });
    const midway = (await getBatchRun(t.tenantId, stopped.id)).batchRun;
    expect(midway).toMatchObject({ status: "running", totalCarts: 23, pricedCarts: 10 });
    expect(midway.progress).toBeCloseTo(10 / 23, 10);
    expect(await db().batchRunCart.count({ where: { runId: stopped.id } })).toBe(10);

    stopBatchAfterChunks(undefined);
    await runJobs();
    const resumed = await getBatchRun(t.tenantId, stopped.id);
    const reference = await getBatchRun(t.tenantId, whole.id);
    expect(resumed.batchRun).toMatchObject({ status: "succeeded", pricedCarts: 23 });
    expect(await db().batchRunCart.count({ where: { runId: stopped.id } })).toBe(23);
    expect(resumed.batchRun.summary).toEqual(reference.batchRun.summary);
    expect(resumed.topChanged.map((c) => [c.cartId, c.difference])).toEqual(reference.topChanged.map((c) => [c.cartId, c.difference]));
    expect(await db().batchRunFilePiece.count({ where: { runId: stopped.id } })).toBe(0);
  });

  it("writes the results CSV with both sides and the codes' reasons, reads JSON lines, and hides runs from other tenants", async () => {
    const { t, promotionId } = await shop();
    const lines = [
      JSON.stringify({
        cartId: "big",
        currency: "EUR",
        couponCodes: ["FIVE", "NOPE"],
        items: [{ productId: "SHOE", quantity: 2, price: 40, categories: ["shoes"] }],
      }),
      "not json",
      JSON.stringify({ currency: "EUR", items: [{ productId: "HAT", quantity: 1, price: 10 }], couponCodes: ["FIVE"] }),
      JSON.stringify({ currency: "EUR", items: [{ productId: "HAT", quantity: -1, price: 10 }] }),
    ].join("\n");
    const run = await createBatchRun(t.actors.marketer, upload(lines, [{ kind: "promotion", id: promotionId }]));
    expect(run.format).toBe("jsonl");
    await runJobs();
    const csv = (await readStream(streamResultsCsv(run.id))).trim().split("\r\n");
    expect(csv).toEqual([
      "cart_id,line,currency,subtotal,live_discount,live_total,draft_discount,draft_total,difference,discount_share_percent,changed,live_codes_applied,live_codes_rejected,draft_codes_applied,draft_codes_rejected",
      "big,1,EUR,80,13,67,5,75,-8,6.25,true,FIVE,NOPE:not_found,FIVE,NOPE:not_found",
      "line-3,3,EUR,10,0,10,0,10,0,0,false,,FIVE:minimum_not_reached,,FIVE:minimum_not_reached",
    ]);
    const errors = await listBatchErrors(t.tenantId, run.id, { page: 1, count: 10 });
    expect(errors.items).toEqual([
      { line: 2, field: null, message: "The line is not valid JSON" },
      { line: 4, field: "items[0].quantity", message: "items[0].quantity: quantity must be at least 1" },
    ]);
    const above = await listCartsAboveShare(t.tenantId, run.id, { minShare: 6, page: 1, count: 10 });
    expect(above.items.map((c) => c.cartId)).toEqual(["big"]);
    expect((await listCartsAboveShare(t.tenantId, run.id, { minShare: 6.25, page: 1, count: 10 })).total).toBe(0);

    const other = await makeTenant();
    await expect(getBatchRun(other.tenantId, run.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses a file that cannot be a cart file before a run exists", async () => {
    const { t } = await shop();
    await expect(createBatchRun(t.actors.marketer, upload("code,discount\nA,1\n"))).rejects.toMatchObject({
      code: "validation_failed",
      causes: [expect.objectContaining({ field: "import", code: "invalid_file" })],
    });
    await expect(createBatchRun(t.actors.marketer, upload("\n\n"))).rejects.toMatchObject({
      causes: [expect.objectContaining({ field: "import", code: "empty_file" })],
    });
    await expect(createBatchRun(t.actors.marketer, upload(csvOf(3)), 20)).rejects.toMatchObject({ code: "payload_too_large" });
    await expect(createBatchRun(t.actors.marketer, upload(csvOf(3), [{ kind: "promotion", id: "nope" }]))).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await db().batchRun.count({ where: { tenantId: t.tenantId } })).toBe(0);
    expect(await db().batchRunFilePiece.count()).toBeGreaterThanOrEqual(0);
  });
});
