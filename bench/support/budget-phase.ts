// bench:checkout's budget phase (contract §7): redemptions of a coupon with a spend budget that never
// runs out (throughput: checkout.<db>.redeem_budget_per_s, to compare with redeem_per_s of the same run),
// and a race of 300 attempts at 64 clients on a coupon and an automatic promotion with tight budgets
// (checkout.<db>.over_spend_minor: cents given past either budget, plus any mismatch between a budget
// counter and the ledger rows; must be 0). Every body carries the order's one-line cart, priced at
// redemption to count the amounts; it meets none of the seed's automatic promotions (the race's carts
// meet the tight one), so a throughput redemption records one ledger row, as a plain one does.
import { randomUUID } from "node:crypto";
import type { Route } from "@/bench/support/load";
import type { Db } from "@/lib/db/client";

export const BUDGET_CART = { currency: "EUR", items: [{ productId: "sku-budget", quantity: 1, price: 19.99, categories: ["budget"] }] };
const TIGHT_MINOR = 5000;
const ATTEMPTS = 300;
const CLIENTS = 64;

export type BudgetSeed = { budgetCode: string; tightCode: string; tightCouponId: string; tightPromotionId: string };

/** The fields bench/checkout.ts's seed gives every offer. */
type OfferBase = {
  active: boolean;
  localizedTimezone: boolean;
  validFrom: string;
  startsAt: Date;
  currencies: { code: string }[];
  stores: string[];
  consumers: string[];
  channels: string[];
  createdBy: string;
  updatedBy: string;
};

/** The budgeted offers, on the offer base of bench/checkout.ts's seed. */
export async function seedBudgets(client: Db, tenantId: string, base: OfferBase): Promise<BudgetSeed> {
  const offer = (family: "coupon" | "promotion", name: string, category: Record<string, unknown>, amount: number) =>
    client.offer.create({
      data: {
        ...base,
        tenantId,
        family,
        name,
        category: category as object,
        kind: String(category.kind),
        version: randomUUID(),
        limits: { budget: [{ currency: "EUR", amount }] },
      },
    });
  const budget = await offer("coupon", "budget", { kind: "CartLevelFixed", discount: 1 }, 1e9);
  const tight = await offer("coupon", "tight budget", { kind: "CartLevelFixed", discount: 1 }, TIGHT_MINOR / 100);
  // Only the race's carts (category "race") meet it: the other routes' carts and amounts stay as they were.
  const tightPromotion = await offer(
    "promotion",
    "tight promotion budget",
    { kind: "ProductLevelFixed", discount: 1, products: { categories: ["race"] } },
    TIGHT_MINOR / 100,
  );
  await client.couponCode.createMany({
    data: [
      { tenantId, offerId: budget.id, code: "BUDGET-ME" },
      { tenantId, offerId: tight.id, code: "TIGHT" },
    ],
  });
  return { budgetCode: "BUDGET-ME", tightCode: "TIGHT", tightCouponId: tight.id, tightPromotionId: tightPromotion.id };
}

/** A new order each time, redeeming the never-exhausted budgeted coupon with its cart. */
export function budgetRoute(b: BudgetSeed, orderId: () => string): Route {
  return {
    path: "/api/v1/coupons/redemptions",
    body: () => JSON.stringify({ codes: [b.budgetCode], orderId: orderId(), cart: BUDGET_CART }),
  };
}

async function spentOf(client: Db, tenantId: string, offerId: string) {
  const rows = await client.redemption.findMany({ where: { tenantId, offerId, status: "redeemed" } });
  const spent = rows.reduce((sum, r) => sum + (r.amount ?? 0), 0);
  const counter = await client.offerUsage.findFirst({ where: { tenantId, offerId, scope: "budget:EUR" } });
  return { accepted: rows.length, spent, mismatch: Math.abs(Number(counter?.used ?? 0) - spent) };
}

/** The race: cents past either budget plus counter-vs-ledger mismatches (must be 0). */
export async function overSpend(
  client: Db,
  baseUrl: string,
  tenantId: string,
  b: BudgetSeed,
  token: string,
  log: (message: string) => void,
): Promise<number> {
  const cart = { ...BUDGET_CART, items: [{ ...BUDGET_CART.items[0], categories: ["race"] }] };
  let next = 0;
  const worker = async () => {
    while (next < ATTEMPTS) {
      const i = next++;
      // Every other order names no code: it records the promotion only (contract §5).
      const codes = i % 2 === 0 ? [b.tightCode] : [];
      await fetch(`${baseUrl}/api/v1/coupons/redemptions`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ codes, orderId: `tight-${i}`, cart }),
      }).then((r) => r.arrayBuffer());
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, worker));
  const coupon = await spentOf(client, tenantId, b.tightCouponId);
  const promotion = await spentOf(client, tenantId, b.tightPromotionId);
  log(
    `over-spend race: coupon ${coupon.accepted} accepted, ${coupon.spent} of ${TIGHT_MINOR} cents; promotion ${promotion.accepted} accepted, ${promotion.spent} of ${TIGHT_MINOR} cents`,
  );
  return [coupon, promotion].reduce((sum, o) => sum + Math.max(0, o.spent - TIGHT_MINOR) + o.mismatch, 0);
}
