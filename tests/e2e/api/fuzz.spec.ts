// Property-based fuzzing of the whole REST API over real HTTP, generated from GET /api/openapi.json:
// for every documented operation, fast-check derives path ids, queries and bodies from the schemas and
// then breaks them (see fuzz/cases.ts). Properties: no answer is a 5xx, every non-2xx answer is the
// error object of contract §1.2, and the server is healthy afterwards.
// CI runs a fixed seed and a few cases per operation; `npm run fuzz` runs a random seed (printed,
// replayable with FUZZ_SEED=<seed>) and many more (FUZZ_RUNS).
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import fc from "fast-check";
import { createCustomer } from "@/lib/catalog/customers/save-customer";
import { createProduct } from "@/lib/catalog/products/save-product";
import { db } from "@/lib/db/client";
import { CustomerInput, ProductInput } from "@/lib/catalog/schemas";
import { caseFor, type Credentials, type FuzzCase, type FuzzOperation } from "@/tests/e2e/api/fuzz/cases";
import { errorShapeProblem } from "@/tests/e2e/api/fuzz/error-shape";
import type { Hints, OpenApiDocument } from "@/tests/e2e/api/fuzz/schema-arbitrary";
import { makeOffer } from "@/tests/factories/offers";
import { issue, makePosSetup } from "@/tests/factories/pos";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";

const CI_SEED = 20261201;
const seed = process.env.FUZZ_SEED === "random" ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.FUZZ_SEED ?? CI_SEED);
const runsPerOperation = Number(process.env.FUZZ_RUNS ?? 16);
const METHODS = ["get", "post", "put", "patch", "delete"];

function operationsOf(doc: OpenApiDocument): FuzzOperation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, operation]) => ({ method, path, operation })),
  );
}

/** A tenant with one object of each kind, so generated ids, codes and versions sometimes hit real rows. */
async function fuzzTenant(): Promise<{ t: TestTenant; other: TestTenant; hints: Hints }> {
  const [t, other] = await Promise.all([makeTenant(), makeTenant()]);
  const couponId = await makeOffer(t.tenantId, {
    family: "coupon",
    category: { kind: "CartLevelPercentage", discount: 10 },
    codes: ["FZ-CODE-1", "FZ-CODE-2"],
  });
  const promotionId = await makeOffer(t.tenantId, { family: "promotion", category: { kind: "CartLevelFixed", discount: 5 } });
  const { campaign, rule } = await makePosSetup(t);
  const issued = await issue(t, { couponRuleId: rule.id });
  await createProduct(
    t.actors.admin,
    ProductInput.parse({ id: "FZ-P1", name: "Fuzz product", prices: [{ currency: "EUR", amount: 19.99 }], categories: ["fuzz"] }),
  );
  await createCustomer(t.actors.admin, CustomerInput.parse({ id: "FZ-C1", name: "Fuzz customer" }));
  const offers = await db().offer.findMany({ where: { tenantId: t.tenantId }, select: { version: true } });
  const codes = await db().couponCode.findMany({ where: { tenantId: t.tenantId }, select: { id: true } });
  const hints: Hints = {
    id: [couponId, promotionId, "hamburg", "north", "FZ-P1", "FZ-C1", campaign.id, rule.id, "does-not-exist"],
    codeId: codes.map((c) => c.id),
    orderId: ["fz-order-1"],
    version: ["1", campaign.version, rule.version, ...offers.map((o) => o.version)],
    codes: [["FZ-CODE-1"], ["FZ-CODE-1", "FZ-CODE-2"]],
    couponCodes: [["FZ-CODE-1"], ["FZ-CODE-2", "NOPE"]],
    currency: ["EUR", "JPY", "KWD"],
    storeId: ["hamburg", "munich"],
    storeGroupId: ["north"],
    storeGroup: ["north"],
    warehouseID: ["hamburg"],
    productId: ["FZ-P1"],
    customerId: ["FZ-C1"],
    consumerId: ["FZ-C1"],
    couponRuleId: [rule.id],
    campaignID: [campaign.id],
    uniqueIdentifier: [issued.uniqueIdentifier],
    ids: [[couponId], [promotionId, "FZ-P1"]],
  };
  return { t, other, hints };
}

function headersFor(c: FuzzCase, t: TestTenant, other: TestTenant): Record<string, string> {
  const bearer: Record<Credentials, Record<string, string>> = {
    admin: { authorization: `Bearer ${t.tokens.admin}` },
    viewer: { authorization: `Bearer ${t.tokens.viewer}` },
    none: {},
    bad: { authorization: "Bearer cs_not-a-real-token" },
    "wrong-tenant": { authorization: `Bearer ${t.tokens.admin}`, tenant: other.slug },
  };
  return { ...c.headers, ...bearer[c.credentials] };
}

type Tally = { sent: number; byStatus: Map<number, number>; serverErrors: string[]; offShape: string[] };

async function send(request: APIRequestContext, c: FuzzCase, headers: Record<string, string>, tally: Tally): Promise<void> {
  tally.sent++;
  let response: APIResponse;
  try {
    response = await request.fetch(c.url, { method: c.method, headers, data: c.body, maxRedirects: 0, failOnStatusCode: false });
  } catch (error) {
    tally.serverErrors.push(`no answer (${String(error).split("\n")[0].slice(0, 200)}) ← ${c.label}`);
    return;
  }
  const status = response.status();
  tally.byStatus.set(status, (tally.byStatus.get(status) ?? 0) + 1);
  const text = await response.text();
  if (status >= 500) tally.serverErrors.push(`${status} ← ${c.label}: ${text.slice(0, 300)}`);
  else if (status < 200 || status >= 300) {
    const problem = errorShapeProblem(status, response.headers(), text);
    if (problem) tally.offShape.push(`${status} ${problem} ← ${c.label}: ${text.slice(0, 200)}`);
  }
}

test("fuzzed requests to every documented operation: no 5xx, the error object on every non-2xx, a healthy server after", async ({
  request,
}) => {
  const doc = (await (await request.get("/api/openapi.json")).json()) as OpenApiDocument;
  const operations = operationsOf(doc);
  expect(operations.length).toBeGreaterThanOrEqual(60);
  test.setTimeout(60_000 + operations.length * runsPerOperation * 500);
  console.log(
    `fuzz seed ${seed}, ${runsPerOperation} cases per operation (replay: FUZZ_SEED=${seed} FUZZ_RUNS=${runsPerOperation} npm run fuzz)`,
  );

  const { t, other, hints } = await fuzzTenant();
  const tally: Tally = { sent: 0, byStatus: new Map(), serverErrors: [], offShape: [] };
  const started = Date.now();
  for (const [index, op] of operations.entries()) {
    // One property per operation with its own derived seed, so a failure replays for that operation alone.
    await fc.assert(
      fc.asyncProperty(caseFor(op, doc, hints), async (c) => {
        await send(request, c, headersFor(c, t, other), tally);
      }),
      { seed: seed + index, numRuns: runsPerOperation },
    );
  }
  const seconds = (Date.now() - started) / 1000;
  const statuses = [...tally.byStatus]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${status}×${count}`)
    .join(" ");
  console.log(
    `fuzz: ${tally.sent} requests over ${operations.length} operations in ${seconds.toFixed(1)} s; 5xx: ${tally.serverErrors.length}; off-shape: ${tally.offShape.length}; statuses ${statuses}`,
  );

  for (const line of [...tally.serverErrors, ...tally.offShape].slice(0, 40)) console.log(`  ${line}`);
  expect(tally.serverErrors).toEqual([]);
  expect(tally.offShape).toEqual([]);
  expect(tally.sent).toBe(operations.length * runsPerOperation);

  // Healthy afterwards: the document, an authenticated list and a priced cart still answer.
  expect((await request.get("/api/openapi.json")).status()).toBe(200);
  const stores = await request.get("/api/v1/stores", { headers: { authorization: `Bearer ${t.tokens.viewer}` } });
  expect(stores.status()).toBe(200);
  const cart = await request.post("/api/v1/promotions/cart", {
    headers: { authorization: `Bearer ${t.tokens.pos}` },
    data: { currency: "EUR", items: [{ productId: "FZ-P1", quantity: 1, price: 19.99 }] },
  });
  expect(cart.status()).toBe(200);
});
