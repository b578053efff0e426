// bench:checkout's data: one tenant with POS and admin tokens, three automatic promotions a cart meets,
// the coupons its carts and redemptions name, single-use and capped codes for the race, spend budgets
// (bench/support/budget-phase.ts), and the routes the closed and open loops send.
import { randomUUID } from "node:crypto";
import { benchTenant } from "@/bench/support/bench-tenant";
import { budgetRoute, seedBudgets, type BudgetSeed } from "@/bench/support/budget-phase";
import type { Route } from "@/bench/support/load";
import type { Db } from "@/lib/db/client";

/** The redemptions the capped coupon allows: the race tries twice as many. */
export const CAPPED_LIMIT = 500;

export type Seeded = {
  tenantId: string;
  posToken: string;
  adminToken: string;
  importCouponId: string;
  redeemCode: string;
  budgets: BudgetSeed;
  cappedCouponId: string;
  singleUseCouponId: string;
  singleCodes: string[];
  cappedCodes: string[];
};

export async function seed(client: Db): Promise<Seeded> {
  const { tenant, tokens } = await benchTenant(client, { pos: "cs_bench", admin: "cs_admin" });
  const base = {
    tenantId: tenant.id,
    active: true,
    localizedTimezone: false,
    validFrom: "2020-01-01T00:00:00Z",
    startsAt: new Date("2020-01-01T00:00:00Z"),
    currencies: [{ code: "EUR" }],
    stores: [],
    consumers: [],
    channels: [],
    createdBy: "bench",
    updatedBy: "bench",
  };
  const offer = (
    family: "coupon" | "promotion",
    name: string,
    category: { kind: string; [key: string]: string | number | object },
    extra: Record<string, unknown> = {},
  ) => client.offer.create({ data: { ...base, family, name, category, kind: category.kind, version: randomUUID(), ...extra } });
  // Three automatic promotions a cart meets, and two coupons whose codes every cart names.
  await offer("promotion", "5% off shoes", { kind: "ProductLevelPercentage", discount: 5, products: { categories: ["shoes"] } });
  // From 30 EUR: the cart route's cart (186 EUR) meets it, the budget phase's one-line carts (19.99 EUR) do
  // not, so redeem_budget_per_s records the budgeted coupon alone, as redeem_per_s records its coupon.
  await offer("promotion", "1 EUR off", { kind: "CartLevelFixed", discount: 1 }, { currencies: [{ code: "EUR", minimumCartValue: 30 }] });
  await offer("promotion", "free shipping", { kind: "FreeShipping" });
  const cartA = await offer("coupon", "cart A", { kind: "CartLevelPercentage", discount: 10 });
  const cartB = await offer("coupon", "cart B", { kind: "ProductLevelFixed", discount: 2, products: { productIds: ["sku-1"] } });
  const redeem = await offer("coupon", "redeem", { kind: "CartLevelFixed", discount: 1 });
  const singleUse = await offer("coupon", "single use", { kind: "CartLevelFixed", discount: 1 }, { singleUse: true });
  const capped = await offer("coupon", "capped", { kind: "CartLevelFixed", discount: 1 }, { maxRedemptions: CAPPED_LIMIT });
  const importCoupon = await offer("coupon", "imported", { kind: "CartLevelFixed", discount: 1 });
  // Spend budgets (contract §7): one that never runs out (throughput), tight ones (over-spend race).
  const budgets = await seedBudgets(client, tenant.id, base);
  const singleCodes = Array.from({ length: 250 }, (_, i) => `S-${i}`);
  const cappedCodes = Array.from({ length: 1000 }, (_, i) => `C-${i}`);
  const codes = [
    { offerId: cartA.id, code: "CART-A" },
    { offerId: cartB.id, code: "CART-B" },
    { offerId: redeem.id, code: "REDEEM-ME" },
    ...singleCodes.map((code) => ({ offerId: singleUse.id, code, maxRedemptions: 1 })),
    ...cappedCodes.map((code) => ({ offerId: capped.id, code })),
  ];
  await client.couponCode.createMany({ data: codes.map((c) => ({ tenantId: tenant.id, ...c })) });
  return {
    tenantId: tenant.id,
    posToken: tokens.pos,
    adminToken: tokens.admin,
    importCouponId: importCoupon.id,
    redeemCode: "REDEEM-ME",
    budgets,
    cappedCouponId: capped.id,
    singleUseCouponId: singleUse.id,
    singleCodes,
    cappedCodes,
  };
}

const CART = JSON.stringify({
  currency: "EUR",
  couponCodes: ["CART-A", "CART-B"],
  items: [
    { productId: "sku-1", quantity: 2, price: 19.99, categories: ["shoes"] },
    { productId: "sku-2", quantity: 1, price: 5.5, categories: ["socks"] },
    { productId: "sku-3", quantity: 3, price: 12, categories: ["shoes"] },
    { productId: "sku-4", quantity: 1, price: 99.9 },
    { productId: "sku-5", quantity: 4, price: 1.25, categories: ["food"] },
  ],
  shipping: { method: "standard", price: 4.95 },
});

let orderSeq = 0;
/** The routes of the loops; each redemption names a new order. */
export const routes = (s: Seeded): Record<"echo" | "cart" | "redeem" | "redeemBudget", Route> => ({
  echo: { path: "/api/bench/echo", body: () => CART },
  cart: { path: "/api/v1/promotions/cart", body: () => CART },
  redeem: {
    path: "/api/v1/coupons/redemptions",
    body: () => JSON.stringify({ codes: [s.redeemCode], orderId: `order-${process.pid}-${orderSeq++}` }),
  },
  redeemBudget: budgetRoute(s.budgets, () => `order-${process.pid}-${orderSeq++}`),
});
