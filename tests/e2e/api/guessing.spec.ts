// The guessing defence over real HTTP, on two app instances sharing the suite's database: exactly the
// configured number of unknown-code lookups per window, for bursts split over both instances and for
// carts of 50 codes; budgets per tenant; the socket's address, not X-Forwarded-For, at TRUSTED_PROXY_HOPS=0;
// RateLimit-Policy / RateLimit headers on every answer.
//
// The instances run `next start` on E2E_PORT+1 and E2E_PORT+2 with UNKNOWN_CODE_LOOKUPS_PER_MINUTE=70. A
// window opens with a key's first reservation and lasts 60 s; every test uses a fresh tenant (so fresh
// keys) and finishes its spending well inside its first window, which each test checks.
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { db } from "@/lib/db/client";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant } from "@/tests/factories/tenant";

const LIMIT = 70;
const mainPort = Number(process.env.E2E_PORT ?? 3100);
const instances = [mainPort + 1, mainPort + 2].map((port) => `http://127.0.0.1:${port}`);
const servers: ChildProcess[] = [];

const auth = (token: string, extra: Record<string, string> = {}) => ({ Authorization: `Bearer ${token}`, ...extra });
const cartOf = (codes: string[]) => ({ currency: "EUR", couponCodes: codes, items: [{ productId: "SHOE", quantity: 1, price: 100 }] });
const guesses = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
const POLICY = `"unknown-codes-per-caller";q=${LIMIT};w=60, "unknown-codes-per-address";q=${LIMIT};w=60`;

async function waitUntilUp(base: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    const up = await fetch(`${base}/sign-in`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${base} did not start within 90 s`);
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  for (const base of instances) {
    const port = new URL(base).port;
    const server = spawn("npx", ["next", "start", "-p", port, "-H", "127.0.0.1"], {
      env: {
        ...process.env,
        UNKNOWN_CODE_LOOKUPS_PER_MINUTE: String(LIMIT),
        TRUSTED_PROXY_HOPS: "0",
        AUTH_SECRET: "e2e-secret-at-least-16-chars",
        NEXTAUTH_URL: base,
      },
      stdio: "ignore",
      detached: true, // its own process group: afterAll stops `npx` and the server it started together
    });
    servers.push(server);
  }
  await Promise.all(instances.map(waitUntilUp));
});

test.afterAll(() => {
  for (const server of servers) if (server.pid) process.kill(-server.pid, "SIGTERM");
});

/** Fires every call at once, alternating between the two instances. */
function burst(count: number, call: (base: string, i: number) => Promise<APIResponse>): Promise<APIResponse[]> {
  return Promise.all(Array.from({ length: count }, (_, i) => call(instances[i % 2], i)));
}

const statuses = (responses: APIResponse[]) => responses.map((r) => r.status());
const count = (values: number[], wanted: number) => values.filter((v) => v === wanted).length;

function priceCart(request: APIRequestContext, base: string, token: string, codes: string[], headers: Record<string, string> = {}) {
  return request.post(`${base}/api/v1/promotions/cart`, { headers: auth(token, headers), data: cartOf(codes) });
}

test("a burst of 200 unknown-code lookups over two instances gets exactly the configured 70", async ({ request }) => {
  const t = await makeTenant();
  const started = Date.now();
  const answers = await burst(200, (base, i) => priceCart(request, base, t.tokens.pos, [`BURST-${i}`]));
  expect(Date.now() - started, "the burst must finish inside its 60 s window").toBeLessThan(55_000);
  const codes = statuses(answers);
  expect(count(codes, 200)).toBe(LIMIT);
  expect(count(codes, 429)).toBe(200 - LIMIT);
  // Both instances answered some of each: the budget is the database's, not an instance's.
  for (const base of instances) {
    const mine = answers.filter((r) => r.url().startsWith(base)).map((r) => r.status());
    expect(mine.length).toBe(100);
    expect(count(mine, 200) + count(mine, 429)).toBe(100);
  }
  for (const answer of answers) {
    expect(answer.headers()["ratelimit-policy"]).toBe(POLICY);
    if (answer.status() === 200)
      expect((await answer.json()).rejectedCouponCodes).toEqual([expect.objectContaining({ reason: "not_found" })]);
    else {
      expect(Number(answer.headers()["retry-after"])).toBeGreaterThan(0);
      expect(answer.headers().ratelimit).toMatch(/^"unknown-codes-per-caller";r=0;t=\d+, "unknown-codes-per-address";r=0;t=\d+$/);
      expect(await answer.json()).toMatchObject({ status: 429, code: "rate_limited", type: "rate_limit" });
    }
  }
});

test("carts of 50 codes: each takes 50 at once or none, and the budget still ends at exactly 70", async ({ request }) => {
  const t = await makeTenant();
  const started = Date.now();
  // Ten carts of 50 unknown codes at once, over both instances: one fits in 70, nine are refused whole.
  const carts = await burst(10, (base, i) => priceCart(request, base, t.tokens.pos, guesses(`CART${i}`, 50)));
  expect(statuses(carts).sort()).toEqual([200, ...Array(9).fill(429)]);
  const priced = await carts.find((r) => r.status() === 200)!.json();
  expect(priced.rejectedCouponCodes).toHaveLength(50);
  expect(carts.find((r) => r.status() === 429)!.headers().ratelimit).toMatch(
    /^"unknown-codes-per-caller";r=20;t=\d+, "unknown-codes-per-address";r=20;t=\d+$/,
  );
  // The 20 left go to smaller requests, exactly: 40 single-code carts at once, 20 succeed.
  const singles = await burst(40, (base, i) => priceCart(request, base, t.tokens.pos, [`SINGLE-${i}`]));
  expect(count(statuses(singles), 200)).toBe(20);
  expect(count(statuses(singles), 429)).toBe(20);
  expect(Date.now() - started, "the spending must finish inside its 60 s window").toBeLessThan(55_000);
});

test("known codes cost nothing once looked up: their units are given back", async ({ request }) => {
  const t = await makeTenant();
  await makeOffer(t.tenantId, { family: "coupon", category: { kind: "CartLevelFixed", discount: 5 }, codes: ["REAL-5"] });
  for (let i = 0; i < 3; i++) {
    const answer = await priceCart(request, instances[i % 2], t.tokens.pos, ["REAL-5"]);
    expect(answer.status()).toBe(200);
    expect((await answer.json()).totals.discount).toBe(5);
    expect(answer.headers().ratelimit).toMatch(
      new RegExp(`^"unknown-codes-per-caller";r=${LIMIT};t=\\d+, "unknown-codes-per-address";r=${LIMIT};t=\\d+$`),
    );
  }
  const mixed = await priceCart(request, instances[0], t.tokens.pos, ["REAL-5", ...guesses("MIX", 9)]);
  expect(mixed.headers().ratelimit).toContain(`"unknown-codes-per-caller";r=${LIMIT - 9}`);
});

test("a viewer token of tenant B never makes tenant A's requests answer 429", async ({ request }) => {
  const a = await makeTenant();
  const b = await makeTenant();
  await makeOffer(a.tenantId, { family: "coupon", category: { kind: "CartLevelFixed", discount: 5 }, codes: ["A-VALID"] });
  // Same machine, same socket address: B's viewer spends all of B's budget for that address.
  const spent = await priceCart(request, instances[0], b.tokens.viewer, guesses("B", 50));
  expect(spent.status()).toBe(200);
  expect((await priceCart(request, instances[1], b.tokens.viewer, guesses("B2", 20))).status()).toBe(200);
  expect((await priceCart(request, instances[0], b.tokens.viewer, ["B-LAST"])).status()).toBe(429);
  // A's carts and redemptions with valid codes are untouched, with A's whole budget left.
  const cart = await priceCart(request, instances[1], a.tokens.pos, ["A-VALID"]);
  expect(cart.status()).toBe(200);
  expect(cart.headers().ratelimit).toContain(`"unknown-codes-per-address";r=${LIMIT}`);
  const redeemed = await request.post(`${instances[0]}/api/v1/coupons/redemptions`, {
    headers: auth(a.tokens.pos),
    data: { codes: ["A-VALID"], orderId: "a-order" },
  });
  expect(redeemed.status(), await redeemed.text()).toBe(200);
  expect(redeemed.headers()["ratelimit-policy"]).toBe(POLICY);
});

test("X-Forwarded-For neither dodges nor aims the per-address budget at TRUSTED_PROXY_HOPS=0", async ({ request }) => {
  const t = await makeTenant();
  // One token spends the address's budget, claiming a new address on every request.
  for (let i = 0; i < 7; i++) {
    const answer = await priceCart(request, instances[i % 2], t.tokens.pos, guesses(`XFF${i}`, 10), {
      "X-Forwarded-For": `198.51.100.${i + 1}`,
    });
    expect(answer.status()).toBe(200);
  }
  // Another caller of the tenant (fresh caller budget) from the same socket: the address budget is spent,
  // whatever address it claims.
  for (const claimed of ["203.0.113.77", "198.51.100.1", "10.9.8.7, 192.0.2.1"]) {
    const refused = await priceCart(request, instances[0], t.tokens.admin, ["ONE-MORE"], { "X-Forwarded-For": claimed });
    expect(refused.status()).toBe(429);
    expect(refused.headers().ratelimit).toMatch(
      new RegExp(`^"unknown-codes-per-caller";r=${LIMIT};t=\\d+, "unknown-codes-per-address";r=0;t=\\d+$`),
    );
  }
  // The one address bucket is the socket's own (the stamp works under `next start`), and no claimed address has one.
  const buckets = await db().rateLimitBucket.findMany({ where: { key: { startsWith: `unknown-code:${t.tenantId}:address:` } } });
  expect(buckets.map((bucket) => bucket.key)).toEqual([`unknown-code:${t.tenantId}:address:127.0.0.1`]);
});

test("RateLimit headers on every code-lookup route, on success, on errors and on 429", async ({ request }) => {
  const t = await makeTenant();
  await makeOffer(t.tenantId, { family: "coupon", category: { kind: "CartLevelFixed", discount: 5 }, codes: ["HDR-5"] });
  const base = instances[0];
  const calls: [string, Record<string, unknown>, number][] = [
    ["/api/v1/promotions/cart", { currency: "EUR", items: [{ productId: "A", quantity: 1, price: 10 }] }, 200],
    ["/api/v1/coupons/redemptions", { codes: ["HDR-5"], orderId: "hdr-1" }, 200],
    ["/api/v1/coupons/redemptions", { codes: ["HDR-MISSING"], orderId: "hdr-2" }, 404],
    ["/api/v1/pos/issued-coupons/verify", { uniqueIdentifier: "999000111" }, 404],
    ["/api/v1/pos/issued-coupons/redeem", { uniqueIdentifier: "999000112" }, 404],
  ];
  for (const [path, data, status] of calls) {
    const answer = await request.post(`${base}${path}`, { headers: auth(t.tokens.pos), data });
    expect(answer.status(), `${path} ${await answer.text()}`).toBe(status);
    expect(answer.headers()["ratelimit-policy"], path).toBe(POLICY);
    expect(answer.headers().ratelimit, path).toMatch(
      /^"unknown-codes-per-caller";r=\d+(;t=\d+)?, "unknown-codes-per-address";r=\d+(;t=\d+)?$/,
    );
  }
  // Three unknown lookups so far (one code, two serials).
  const last = await request.post(`${base}/api/v1/promotions/cart`, { headers: auth(t.tokens.pos), data: cartOf(["HDR-5"]) });
  expect(last.headers().ratelimit).toContain(`"unknown-codes-per-caller";r=${LIMIT - 3};t=`);
  expect((await db().couponCode.findFirst({ where: { tenantId: t.tenantId, code: "HDR-5" } }))?.redemptions).toBe(1);
});

test("a credentials sign-in answers with the RateLimit fields of its failure budgets", async ({ request }) => {
  const t = await makeTenant();
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const attempt = (password: string) =>
    request.post("/api/auth/callback/credentials", {
      form: { email: t.users.viewer.email, password, csrfToken, json: "true" },
      maxRedirects: 0,
    });
  const first = await attempt("wrong-password");
  expect(first.headers()["ratelimit-policy"]).toBe(`"signin-failures-per-email";q=5;w=300, "signin-failures-per-address";q=20;w=300`);
  expect(first.headers().ratelimit).toMatch(/^"signin-failures-per-email";r=4;t=\d+, "signin-failures-per-address";r=\d+;t=\d+$/);
  expect((await attempt("wrong-again")).headers().ratelimit).toMatch(/^"signin-failures-per-email";r=3;t=\d+, /);
  // Counted against the socket's address (the stamp reaches next-auth's authorize too).
  expect(await db().rateLimitBucket.findUnique({ where: { key: "signin:ip:127.0.0.1" } })).not.toBeNull();
  // The right password clears the email's failures.
  expect((await attempt(t.users.viewer.password)).headers().ratelimit).toMatch(/^"signin-failures-per-email";r=5, /);
});
