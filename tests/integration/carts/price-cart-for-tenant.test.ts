import { describe, expect, it } from "vitest";
import { priceCartForTenant } from "@/lib/carts/price-cart-for-tenant";
import { createApiToken, hashToken } from "@/lib/auth/api-tokens";
import { findCartContext, findCartContextWithCodes, findCodesWithCoupons } from "@/lib/carts/queries";
import { driver } from "@/lib/db/driver";
import { db } from "@/lib/db/client";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant } from "@/tests/factories/tenant";

const cart = (codes: string[] = []) => ({
  currency: "EUR",
  couponCodes: codes,
  items: [
    { productId: "SHOE-1", quantity: 2, price: 50, categories: ["shoes"] },
    { productId: "HAT-1", quantity: 1, price: 20, categories: ["hats"] },
  ],
});

describe("pricing a cart from the database", () => {
  it("reads the context and the codes together as it reads them apart", async () => {
    const t = await makeTenant({ timeZone: "Europe/Helsinki" });
    await db().store.create({ data: { tenantId: t.tenantId, id: "S1", name: "One", timeZone: "America/New_York" } });
    await db().customer.create({ data: { tenantId: t.tenantId, id: "C1", name: "Cee", segments: [{ key: "tier", value: "gold" }] } });
    await makeOffer(t.tenantId, {
      family: "coupon",
      name: "5 off",
      category: { kind: "CartLevelFixed", discount: 5 },
      codes: ["FIVE", "FIVE-B"],
    });
    const apart = async (codes: string[]) => ({
      ...(await findCartContext(driver(), t.tenantId, "S1", "C1")),
      codes: await findCodesWithCoupons(driver(), t.tenantId, codes),
    });
    const byCode = (read: Awaited<ReturnType<typeof apart>>) => ({
      ...read,
      codes: [...read.codes].sort((a, b) => a.code.code.localeCompare(b.code.code)),
    });
    const together = await findCartContextWithCodes(driver(), t.tenantId, "S1", "C1", ["FIVE", "NOPE", "FIVE-B"]);
    expect(together.codes).toHaveLength(2);
    expect(together.context).toMatchObject({ timeZone: "Europe/Helsinki", storeZone: "America/New_York", customerId: "C1" });
    expect(byCode(together)).toEqual(byCode(await apart(["FIVE", "NOPE", "FIVE-B"])));
    // No code found: the context alone. No tenant: nothing.
    expect(await findCartContextWithCodes(driver(), t.tenantId, "S1", "C1", ["NOPE"])).toEqual({
      context: together.context,
      tokenActive: null,
      codes: [],
    });
    expect(await findCartContextWithCodes(driver(), "no-such-tenant", null, null, ["FIVE"])).toEqual({
      context: null,
      tokenActive: null,
      codes: [],
    });
  });

  it("the cart's read carries a token's liveness check: live only while unrevoked, and only in its own tenant", async () => {
    const t = await makeTenant();
    const other = await makeTenant();
    await makeOffer(t.tenantId, { family: "coupon", name: "5 off", category: { kind: "CartLevelFixed", discount: 5 }, codes: ["LIVE-5"] });
    const { token } = await createApiToken(t.actors.admin, { name: "till", role: "pos" });
    const { token: elsewhere } = await createApiToken(other.actors.admin, { name: "till", role: "pos" });
    const seen = async (tenantId: string, tokenHash: string) => {
      const withCodes = await findCartContextWithCodes(driver(), tenantId, null, null, ["LIVE-5"], tokenHash);
      const withoutCodes = await findCartContextWithCodes(driver(), tenantId, null, null, [], tokenHash);
      return [withCodes.tokenActive, withoutCodes.tokenActive];
    };

    expect(await seen(t.tenantId, hashToken(token))).toEqual([true, true]);
    expect((await findCartContextWithCodes(driver(), t.tenantId, null, null, ["LIVE-5"], hashToken(token))).codes).toHaveLength(1);
    expect(await seen(t.tenantId, hashToken(elsewhere))).toEqual([false, false]);
    expect(await seen(t.tenantId, hashToken("cs_never-issued"))).toEqual([false, false]);
    expect(await seen("no-such-tenant", hashToken(token))).toEqual([false, false]);
    await db().apiToken.updateMany({ where: { tenantId: t.tenantId }, data: { revokedAt: new Date() } });
    expect(await seen(t.tenantId, hashToken(token))).toEqual([false, false]);
  });

  it("applies automatic promotions, then coupons, and reports unknown codes", async () => {
    const t = await makeTenant();
    await makeOffer(t.tenantId, {
      name: "Shoes -10%",
      category: { kind: "ProductLevelPercentage", discount: 10, products: { categories: ["shoes"] } },
    });
    await makeOffer(t.tenantId, { family: "coupon", name: "5 off", category: { kind: "CartLevelFixed", discount: 5 }, codes: ["FIVE"] });
    const { cart: priced, unknownCodes } = await priceCartForTenant(t.tenantId, cart(["FIVE", "NOPE"]));
    expect(priced.totals.subtotal).toBe(120);
    expect(priced.totals.discount).toBe(15);
    expect(priced.items[0].discounts.map((d) => d.name)).toEqual(["Shoes -10%", "5 off"]);
    expect(priced.rejectedCouponCodes).toEqual([expect.objectContaining({ code: "NOPE", reason: "not_found" })]);
    expect(unknownCodes).toEqual(["NOPE"]);
  });

  it("sees a change to the offers at once, through the revision in the database", async () => {
    const t = await makeTenant();
    const id = await makeOffer(t.tenantId, { category: { kind: "CartLevelPercentage", discount: 10 } });
    expect((await priceCartForTenant(t.tenantId, cart())).cart.totals.discount).toBe(12);
    await db().$transaction(async (tx) => {
      await tx.offer.update({ where: { id }, data: { category: { kind: "CartLevelPercentage", discount: 25 } } });
      await tx.tenant.update({ where: { id: t.tenantId }, data: { offersRevision: { increment: 1 } } });
    });
    expect((await priceCartForTenant(t.tenantId, cart())).cart.totals.discount).toBe(30);
  });

  it("never uses another tenant's offers or codes", async () => {
    const a = await makeTenant();
    const b = await makeTenant();
    await makeOffer(a.tenantId, { category: { kind: "CartLevelPercentage", discount: 50 } });
    await makeOffer(a.tenantId, { family: "coupon", category: { kind: "CartLevelFixed", discount: 5 }, codes: [`A-ONLY-${a.slug}`] });
    const { cart: priced } = await priceCartForTenant(b.tenantId, cart([`A-ONLY-${a.slug}`]));
    expect(priced.totals.discount).toBe(0);
    expect(priced.rejectedCouponCodes[0]).toMatchObject({ reason: "not_found" });
  });

  it("reads localized validity in the store's own time zone", async () => {
    const t = await makeTenant({ timeZone: "Europe/Berlin" });
    await db().store.create({ data: { tenantId: t.tenantId, id: "nyc", name: "NYC", timeZone: "America/New_York" } });
    await makeOffer(t.tenantId, {
      family: "coupon",
      localizedTimezone: true,
      validFrom: "2026-12-01T09:00:00",
      category: { kind: "CartLevelPercentage", discount: 10 },
      codes: ["XMAS"],
    });
    // 09:30 in Berlin is 03:30 in New York: valid in Berlin (tenant zone), not yet in the NYC store.
    const at = "2026-12-01T08:30:00Z";
    const berlin = await priceCartForTenant(t.tenantId, { ...cart(["XMAS"]), at });
    const nyc = await priceCartForTenant(t.tenantId, { ...cart(["XMAS"]), at, storeId: "nyc" });
    expect(berlin.cart.totals.discount).toBe(12);
    expect(nyc.cart.rejectedCouponCodes[0]).toMatchObject({ code: "XMAS", reason: "not_yet_valid" });
  });

  it("uses the customer's stored segments when the request lists none", async () => {
    const t = await makeTenant();
    await db().customer.create({
      data: { tenantId: t.tenantId, id: "C1", name: "Gold", segments: [{ key: "type", value: "gold member" }] },
    });
    const id = await makeOffer(t.tenantId, { category: { kind: "CartLevelPercentage", discount: 10 } });
    await db().offer.update({ where: { id }, data: { segment: { key: "type", value: "gold member", schema: 1 } } });
    await db().tenant.update({ where: { id: t.tenantId }, data: { offersRevision: { increment: 1 } } });
    expect((await priceCartForTenant(t.tenantId, { ...cart(), customerId: "C1" })).cart.totals.discount).toBe(12);
    expect(
      (await priceCartForTenant(t.tenantId, { ...cart(), customerId: "C1", customerSegments: [{ key: "type", value: "silver" }] })).cart
        .totals.discount,
    ).toBe(0);
  });

  it("reads a code of an archived coupon, and a store or customer that does not exist, as absent", async () => {
    const t = await makeTenant({ timeZone: "Europe/Berlin" });
    const archived = await makeOffer(t.tenantId, { family: "coupon", category: { kind: "CartLevelFixed", discount: 5 }, codes: ["OLD-1"] });
    await makeOffer(t.tenantId, { family: "coupon", category: { kind: "CartLevelFixed", discount: 7 }, codes: ["LIVE-1"] });
    await db().offer.update({ where: { id: archived }, data: { archivedAt: new Date() } });
    const { cart: priced, unknownCodes } = await priceCartForTenant(t.tenantId, {
      ...cart(["OLD-1", "LIVE-1"]),
      storeId: "nowhere",
      customerId: "nobody",
    });
    expect(priced.totals.discount).toBe(7);
    expect(unknownCodes).toEqual(["OLD-1"]);
    expect(priced.rejectedCouponCodes).toEqual([expect.objectContaining({ code: "OLD-1", reason: "not_found" })]);
  });
});
