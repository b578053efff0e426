// Batch what-if runs over real HTTP (contract §8): upload a file of carts with a draft, follow the run
// to the end on the server's own job runner, read its results, the carts above a share, the parse
// errors and the results CSV; the errors of the upload (415, 400, 404, 403) and another tenant's 404.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const BASE = "/api/v1/batch-runs";

const promotion = (active: boolean) => ({
  name: "Shoes 10",
  active,
  validFrom: "2020-01-01T00:00:00Z",
  category: { kind: "ProductLevelPercentage", discount: 10, products: { productIds: ["SHOE"] } },
  currencies: [{ code: "EUR" }],
});

const FILE = [
  "cart_id,product_id,quantity,price,coupon_codes",
  "A,SHOE,2,50,NOPE",
  "A,HAT,1,20,",
  "B,HAT,1,20,",
  "C,SHOE,1,abc,",
  "D,SHOE,1,100,",
].join("\n");

async function shop(request: APIRequestContext, t: TestTenant): Promise<string> {
  const created = await request.post("/api/v1/promotions", { headers: auth(t.tokens.marketer), data: promotion(true) });
  expect(created.status(), await created.text()).toBe(201);
  const { promotion: live } = await created.json();
  // The draft raises nothing but switches the promotion off: the shoe carts lose their discount.
  const draft = await request.put(`/api/v1/promotions/${live.id}/draft`, { headers: auth(t.tokens.marketer), data: promotion(false) });
  expect(draft.status(), await draft.text()).toBeLessThan(300);
  return live.id as string;
}

async function upload(request: APIRequestContext, token: string, file: string, drafts?: unknown) {
  return request.post(BASE, {
    headers: auth(token),
    multipart: {
      import: { name: "carts.csv", mimeType: "text/csv", buffer: Buffer.from(file) },
      // A string goes as it is (to send text that is not JSON); anything else as JSON.
      ...(drafts === undefined ? {} : { drafts: typeof drafts === "string" ? drafts : JSON.stringify(drafts) }),
    },
  });
}

async function finished(request: APIRequestContext, token: string, id: string) {
  let body: { batchRun: Record<string, unknown>; topChanged: Record<string, unknown>[] } = { batchRun: {}, topChanged: [] };
  await expect
    .poll(
      async () => {
        body = await (await request.get(`${BASE}/${id}`, { headers: auth(token) })).json();
        return body.batchRun.status;
      },
      { timeout: 30_000 },
    )
    .toBe("succeeded");
  return body;
}

test("a run prices the file against live and live plus the draft, and answers totals, carts, errors and CSV", async ({ request }) => {
  const t = await makeTenant();
  const promotionId = await shop(request, t);
  const created = await upload(request, t.tokens.marketer, FILE, [{ kind: "promotion", id: promotionId }]);
  expect(created.status(), await created.text()).toBe(202);
  const { batchRun, links } = await created.json();
  expect(created.headers().location).toBe(`${BASE}/${batchRun.id}`);
  expect(batchRun).toMatchObject({
    status: "queued",
    format: "csv",
    fileName: "carts.csv",
    drafts: [{ kind: "promotion", id: promotionId }],
  });
  expect(links).toEqual({
    self: `${BASE}/${batchRun.id}`,
    results: `${BASE}/${batchRun.id}/results.csv`,
    errors: `${BASE}/${batchRun.id}/errors`,
    carts: `${BASE}/${batchRun.id}/carts`,
  });

  const done = await finished(request, t.tokens.viewer, batchRun.id);
  expect(done.batchRun).toMatchObject({ totalCarts: 3, pricedCarts: 3, progress: 1, errorRows: 1 });
  expect(done.batchRun.summary).toEqual({
    carts: 3,
    changedCarts: 2,
    changedShare: 2 / 3,
    currencies: [{ currency: "EUR", carts: 3, subtotal: 240, liveDiscount: 20, draftDiscount: 0, difference: -20 }],
    offers: [
      {
        id: promotionId,
        name: "Shoes 10",
        source: "automatic",
        currency: "EUR",
        live: { cost: 20, uses: 2 },
        draft: { cost: 0, uses: 0 },
        difference: -20,
      },
    ],
  });
  expect(done.topChanged.map((c) => [c.cartId, c.difference])).toEqual([
    ["A", -10],
    ["D", -10],
  ]);
  expect(done.topChanged[0]).toMatchObject({
    line: 2,
    live: { discount: 10, total: 110, codes: { applied: [], rejected: [{ code: "NOPE", reason: "not_found" }] } },
    draft: { discount: 0, total: 120 },
    request: {
      currency: "EUR",
      couponCodes: ["NOPE"],
      items: [
        { productId: "SHOE", quantity: 2, price: 50 },
        { productId: "HAT", quantity: 1, price: 20 },
      ],
    },
  });

  const live = await (await request.get(`${BASE}/${batchRun.id}/carts?minShare=0`, { headers: auth(t.tokens.viewer) })).json();
  expect(live.items).toEqual([]);
  expect(live.pagination).toMatchObject({ page: 1, count: 20, total: 0 });

  const errors = await (await request.get(`${BASE}/${batchRun.id}/errors`, { headers: auth(t.tokens.viewer) })).json();
  expect(errors.items).toEqual([{ line: 5, field: "price", message: "price must be a decimal number of zero or more, e.g. 19.99" }]);
  expect(errors.pagination.total).toBe(1);

  const csv = await request.get(`${BASE}/${batchRun.id}/results.csv`, { headers: auth(t.tokens.viewer) });
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect((await csv.text()).trim().split("\r\n")).toEqual([
    "cart_id,line,currency,subtotal,live_discount,live_total,draft_discount,draft_total,difference,discount_share_percent,changed,live_codes_applied,live_codes_rejected,draft_codes_applied,draft_codes_rejected",
    "A,2,EUR,120,10,110,0,120,-10,0,true,,NOPE:not_found,,NOPE:not_found",
    "B,4,EUR,20,0,20,0,20,0,0,false,,,,",
    "D,6,EUR,100,10,90,0,100,-10,0,true,,,,",
  ]);

  const list = await (await request.get(BASE, { headers: auth(t.tokens.viewer) })).json();
  expect(list.items.map((r: { id: string }) => r.id)).toEqual([batchRun.id]);

  const other = await makeTenant();
  for (const path of ["", "/carts", "/errors", "/results.csv"]) {
    const response = await request.get(`${BASE}/${batchRun.id}${path}`, { headers: auth(other.tokens.admin) });
    expect(response.status(), path).toBe(404);
    expect((await response.json()).code).toBe("not_found");
  }
});

test("uploads: 415 when not multipart, 400 naming the field, 404 for an unknown draft, 403 for viewers", async ({ request }) => {
  const t = await makeTenant();
  const plain = await request.post(BASE, { headers: { ...auth(t.tokens.marketer), "Content-Type": "text/csv" }, data: FILE });
  expect(plain.status()).toBe(415);
  expect((await plain.json()).code).toBe("unsupported_media_type");

  for (const [file, drafts, code] of [
    ["code,discount\nA,1\n", undefined, "invalid_file"],
    ["\n\n", undefined, "empty_file"],
    [FILE, "not json", "invalid_json"],
  ] as const) {
    const response = await upload(request, t.tokens.marketer, file, drafts === undefined ? undefined : drafts);
    expect(response.status(), code).toBe(400);
    const body = await response.json();
    expect(body.code).toBe("validation_failed");
    expect(body.causes[0].code).toBe(code);
  }
  const badRef = await upload(request, t.tokens.marketer, FILE, [{ kind: "spaceship", id: "x" }]);
  expect(badRef.status()).toBe(400);
  expect((await badRef.json()).causes[0]).toMatchObject({
    field: "drafts[0].kind",
    message: "kind must be one of coupon, promotion, pos_campaign",
  });
  const missing = await upload(request, t.tokens.marketer, FILE, [{ kind: "promotion", id: "nope" }]);
  expect(missing.status()).toBe(404);
  const viewer = await upload(request, t.tokens.viewer, FILE);
  expect(viewer.status()).toBe(403);
  const minShare = await request.get(`${BASE}/x/carts?minShare=200`, { headers: auth(t.tokens.viewer) });
  expect(minShare.status()).toBe(400);
  expect((await minShare.json()).causes[0]).toMatchObject({ field: "minShare", message: "minShare must be at most 100" });
});
