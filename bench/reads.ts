// npm run bench:reads: what each database read of the checkout path costs, next to pricing a whole cart
// in the same process, to decide whether a token and code cache would pay (issue 10 item 5). A cache
// that keeps revocation and deactivation immediate on every instance must still read something per
// request (a revision row), so the most it can save is the difference between the reads it replaces
// and that one read. Prints, per database (mean over BENCH_READS calls, one at a time):
//   reads.<db>.token_ms          the API token by hash (every API request)
//   reads.<db>.cart_context_ms   tenant revision and zone, store zone, customer segments (every cart)
//   reads.<db>.codes_ms          two codes with their coupons (every cart with codes)
//   reads.<db>.revision_ms       one primary-key read of the tenant row: the floor any shared cache needs
//   reads.<db>.price_cart_ms     the whole of priceCartForTenant for a 5-line cart with 2 codes
//   reads.<db>.cache_saving_share  (token + codes − revision) / (token + price_cart): the share of a cart's
//                                  data-path time a cache invalidated through the database could save at most
//   npm run bench:reads                                                                   # SQLite
//   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/couponsmith_bench_reads npm run bench:reads
// The database is dropped and recreated, so it must be named as a bench's own.
import { benchDatabaseUrl } from "@/tests/support/disposable-database";

const url = benchDatabaseUrl("file:./data/bench-reads.db");
process.env.DATABASE_URL = url; // lib/env reads it once, on first use below
const READS = Number(process.env.BENCH_READS ?? 2000);

const { freshDatabase, dropDatabase } = await import("@/tests/support/fresh-database");
const { databaseProvider } = await import("@/lib/env");
const { driver } = await import("@/lib/db/driver");
const { db } = await import("@/lib/db/client");
const { findActiveToken } = await import("@/lib/auth/queries");
const { hashToken } = await import("@/lib/auth/api-tokens");
const { findCartContext, findCodesWithCoupons } = await import("@/lib/carts/queries");
const { priceCartForTenant } = await import("@/lib/carts/price-cart-for-tenant");
const { printFigure } = await import("@/bench/support/server");
const { makeTenant } = await import("@/tests/factories/tenant");
const { makeOffer } = await import("@/tests/factories/offers");

await freshDatabase(url);
const label = databaseProvider(url);
const t = await makeTenant();
await makeOffer(t.tenantId, { family: "coupon", category: { kind: "CartLevelPercentage", discount: 10 }, codes: ["READ-A"] });
await makeOffer(t.tenantId, { family: "coupon", category: { kind: "CartLevelFixed", discount: 2 }, codes: ["READ-B"] });
await makeOffer(t.tenantId, { family: "promotion", category: { kind: "CartLevelFixed", discount: 1 } });
const tokenHash = hashToken(t.tokens.pos);
const cart = {
  currency: "EUR",
  couponCodes: ["READ-A", "READ-B"],
  items: [
    { productId: "sku-1", quantity: 2, price: 19.99, categories: ["shoes"] },
    { productId: "sku-2", quantity: 1, price: 5.5 },
    { productId: "sku-3", quantity: 3, price: 12 },
    { productId: "sku-4", quantity: 1, price: 99.9 },
    { productId: "sku-5", quantity: 4, price: 1.25 },
  ],
};

async function meanMs(work: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 200; i++) await work(); // warm the statement caches and the JIT
  const started = performance.now();
  for (let i = 0; i < READS; i++) await work();
  return (performance.now() - started) / READS;
}

const token = await meanMs(() => findActiveToken(driver(), tokenHash));
const context = await meanMs(() => findCartContext(driver(), t.tenantId, null, null));
const codes = await meanMs(() => findCodesWithCoupons(driver(), t.tenantId, ["READ-A", "READ-B"]));
const revision = await meanMs(() => driver().all(`SELECT "offersRevision" FROM "Tenant" WHERE "id" = ?`, [t.tenantId]));
const price = await meanMs(() => priceCartForTenant(t.tenantId, cart));
printFigure(`reads.${label}.token_ms`, token, "ms");
printFigure(`reads.${label}.cart_context_ms`, context, "ms");
printFigure(`reads.${label}.codes_ms`, codes, "ms");
printFigure(`reads.${label}.revision_ms`, revision, "ms");
printFigure(`reads.${label}.price_cart_ms`, price, "ms");
printFigure(`reads.${label}.cache_saving_share`, Math.max(0, token + codes - revision) / (token + price), "ratio");

await db().$disconnect();
await driver().close();
await dropDatabase(url);
process.exit(0);
