// A sample integration written against the types openapi-typescript generates from /api/openapi.json.
// tests/unit/openapi/typed-client.test.ts generates ./generated/couponsmith-api.ts and type-checks this
// file with tsc: if an answer were documented as an untyped object, the @ts-expect-error lines below
// would stop erroring and tsc would fail.
import type { components, paths } from "./generated/couponsmith-api";

type Json<T> = T extends { content: { "application/json": infer B } } ? B : never;

type CartRequest = Json<paths["/api/v1/promotions/cart"]["post"]["requestBody"]>;
type CartAnswer = Json<paths["/api/v1/promotions/cart"]["post"]["responses"][200]>;
type RedeemRequest = Json<paths["/api/v1/coupons/redemptions"]["post"]["requestBody"]>;
type RedeemAnswer = Json<paths["/api/v1/coupons/redemptions"]["post"]["responses"][200]>;
type CouponCreate = Json<paths["/api/v1/coupons"]["post"]["requestBody"]>;
type CouponAnswer = Json<paths["/api/v1/coupons/{id}"]["get"]["responses"][200]>;
type CouponPut = Json<paths["/api/v1/coupons/{id}"]["put"]["requestBody"]>;
type ApiError = components["schemas"]["Error"];

const BASE = "http://127.0.0.1:3000";

async function call<T>(method: string, path: string, token: string, body?: unknown, idempotencyKey?: string): Promise<T> {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
  if (idempotencyKey) headers["Idempotency-Key"] = idempotencyKey;
  const response = await fetch(`${BASE}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) {
    const error = (await response.json()) as ApiError;
    throw new Error(`${error.code}: ${error.message} (${error.causes.map((c) => c.field).join(", ")})`);
  }
  return (await response.json()) as T;
}

export async function checkout(token: string): Promise<number> {
  const cart: CartRequest = { currency: "EUR", couponCodes: ["WELCOME"], items: [{ productId: "SKU-1", quantity: 2, price: 19.99 }] };
  const priced = await call<CartAnswer>("POST", "/api/v1/promotions/cart", token, cart);
  const firstLineDiscounts: number[] = priced.items[0].discounts.map((d) => d.amount);
  const rejected: string[] = priced.rejectedCouponCodes.map((r) => `${r.code}: ${r.reason}`);
  // @ts-expect-error totals.total is a number, not a string
  const wrong: string = priced.totals.total;
  void [firstLineDiscounts, rejected, wrong];

  const redeem: RedeemRequest = { codes: ["WELCOME"], orderId: "order-1", catalogTotal: priced.totals.total, currency: priced.currency };
  const redeemed = await call<RedeemAnswer>("POST", "/api/v1/coupons/redemptions", token, redeem, "order-1-redeem");
  const status: "redeemed" | "reverted" | "reserved" | "released" = redeemed.redemptions[0].status;
  void status;
  return priced.totals.total;
}

export async function renameCoupon(token: string): Promise<string> {
  const create: CouponCreate = {
    name: "Ten percent",
    validFrom: "2026-01-01T00:00:00Z",
    category: { kind: "CartLevelPercentage", discount: 10 },
    currencies: [{ code: "EUR" }],
  };
  const { coupon: created } = await call<CouponAnswer>("POST", "/api/v1/coupons", token, create, "create-ten-percent");
  const { coupon } = await call<CouponAnswer>("GET", `/api/v1/coupons/${created.id}`, token);
  const codes: number = coupon.codesCount;
  // @ts-expect-error status is one of the documented labels
  const badStatus: typeof coupon.status = "Sleeping";
  void [codes, badStatus];
  // GET → change → PUT: the answer, read-only fields included, is a valid PUT body (contract §1.4).
  const change: CouponPut = { ...coupon, name: "Eleven percent" };
  const { coupon: updated } = await call<CouponAnswer>("PUT", `/api/v1/coupons/${coupon.id}`, token, change);
  return updated.version;
}
