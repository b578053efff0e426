// Offer services against a real database: writes keep the search index, audit log and offersRevision
// in step; PUT is optimistic; lists filter and page on the server.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { archiveOffer } from "@/lib/offers/archive-offer";
import { createOffer } from "@/lib/offers/create-offer";
import { duplicateOffer } from "@/lib/offers/duplicate-offer";
import { getOfferOrThrow } from "@/lib/offers/get-offer-or-throw";
import { listOffers } from "@/lib/offers/list-offers";
import { CouponInput, OfferListQuery, PromotionInput } from "@/lib/offers/schemas";
import { setOffersActive } from "@/lib/offers/set-offers-active";
import { updateOffer } from "@/lib/offers/update-offer";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";

let t: TestTenant;
let other: TestTenant;

const couponInput = (overrides: Record<string, unknown> = {}) =>
  CouponInput.parse({
    name: "Ten off",
    validFrom: "2026-01-01T00:00:00Z",
    category: { kind: "CartLevelPercentage", discount: 10 },
    currencies: [{ code: "EUR" }],
    ...overrides,
  });

async function revision(tenantId: string): Promise<number> {
  return (await db().tenant.findUniqueOrThrow({ where: { id: tenantId } })).offersRevision;
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

beforeAll(async () => {
  t = await makeTenant({ timeZone: "Europe/Berlin" });
  other = await makeTenant();
  await db().store.createMany({
    data: [
      { tenantId: t.tenantId, id: "berlin", name: "Berlin" },
      { tenantId: t.tenantId, id: "paris", name: "Paris" },
    ],
  });
  await db().product.create({
    data: { tenantId: t.tenantId, id: "SKU-1", name: "Boot", categories: ["shoes", "winter"], attributes: {}, prices: [] },
  });
});

describe("create and update", () => {
  it("creates with targets, an audit event and a revision bump", async () => {
    const before = await revision(t.tenantId);
    const coupon = await createOffer(
      t.actors.marketer,
      "coupon",
      couponInput({
        stores: ["berlin"],
        category: { kind: "ProductLevelPercentage", discount: 20, products: { productIds: ["SKU-9"], categories: ["shoes"] } },
      }),
    );
    expect(coupon).toMatchObject({
      status: "Disabled",
      codesCount: 0,
      redemptionsCount: 0,
      tenant: t.slug,
      createdBy: t.actors.marketer.name,
    });
    expect(await revision(t.tenantId)).toBe(before + 1);
    const targets = await db().offerTarget.findMany({ where: { offerId: coupon.id }, orderBy: [{ type: "asc" }, { value: "asc" }] });
    expect(targets.map((x) => `${x.type}:${x.value}`)).toEqual(["category:shoes", "product:SKU-9", "store:berlin"]);
    expect(
      await db().auditEvent.count({ where: { tenantId: t.tenantId, objectType: "coupon", objectId: coupon.id, action: "create" } }),
    ).toBe(1);
  });

  it("refuses unknown stores, naming the entry", async () => {
    const error = await rejection(createOffer(t.actors.marketer, "coupon", couponInput({ stores: ["berlin", "rome"] })));
    expect(error.causes.map((c) => c.field)).toEqual(["stores[1]"]);
  });

  it("reads localized dates in the tenant's zone for the stored instants", async () => {
    const promo = await createOffer(
      t.actors.marketer,
      "promotion",
      PromotionInput.parse({
        name: "Local",
        localizedTimezone: true,
        validFrom: "2026-12-01T09:00:00",
        category: { kind: "FreeShipping" },
        currencies: [{ code: "EUR" }],
      }),
    );
    const row = await db().offer.findUniqueOrThrow({ where: { id: promo.id } });
    expect(row.startsAt.toISOString()).toBe("2026-12-01T08:00:00.000Z");
    expect(promo.validFrom).toBe("2026-12-01T09:00:00");
  });

  it("updates with the current version, and refuses a stale one without changing anything", async () => {
    const coupon = await createOffer(t.actors.marketer, "coupon", couponInput({ stores: ["berlin"] }));
    const updated = await updateOffer(t.actors.admin, "coupon", coupon.id, {
      ...couponInput({ name: "Renamed", stores: ["paris"], active: true }),
      version: coupon.version,
    });
    expect(updated).toMatchObject({ name: "Renamed", active: true, status: "Active", updatedBy: t.actors.admin.name });
    expect(updated.version).not.toBe(coupon.version);
    expect((await db().offerTarget.findMany({ where: { offerId: coupon.id, type: "store" } })).map((x) => x.value)).toEqual(["paris"]);
    const rev = await revision(t.tenantId);
    const stale = await rejection(
      updateOffer(t.actors.admin, "coupon", coupon.id, { ...couponInput({ name: "Lost" }), version: coupon.version }),
    );
    expect(stale.code).toBe("version_mismatch");
    expect(stale.details.currentVersion).toBe(updated.version);
    expect(await getOfferOrThrow(t.tenantId, "coupon", coupon.id)).toEqual(updated);
    expect(await revision(t.tenantId)).toBe(rev);
  });

  it("lets exactly one of two concurrent saves of the same version win", async () => {
    const coupon = await createOffer(t.actors.marketer, "coupon", couponInput());
    const results = await Promise.allSettled(
      ["A", "B"].map((name) => updateOffer(t.actors.marketer, "coupon", coupon.id, { ...couponInput({ name }), version: coupon.version })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failure = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((failure.reason as AppError).code).toBe("version_mismatch");
  });

  it("refuses a category change, naming category", async () => {
    const coupon = await createOffer(t.actors.marketer, "coupon", couponInput());
    const error = await rejection(
      updateOffer(t.actors.marketer, "coupon", coupon.id, {
        ...couponInput({ category: { kind: "CartLevelPercentage", discount: 15 } }),
        version: coupon.version,
      }),
    );
    expect(error.causes.map((c) => c.field)).toEqual(["category"]);
    const same = await updateOffer(t.actors.marketer, "coupon", coupon.id, {
      ...couponInput({ category: { discount: 10, kind: "CartLevelPercentage" } }),
      version: coupon.version,
    });
    expect(same.category).toEqual({ kind: "CartLevelPercentage", discount: 10 });
  });

  it("answers 404 for another tenant's offer and for the other family", async () => {
    const coupon = await createOffer(t.actors.marketer, "coupon", couponInput());
    expect((await rejection(getOfferOrThrow(other.tenantId, "coupon", coupon.id))).code).toBe("not_found");
    expect((await rejection(getOfferOrThrow(t.tenantId, "promotion", coupon.id))).code).toBe("not_found");
    expect(
      (await rejection(updateOffer(other.actors.admin, "coupon", coupon.id, { ...couponInput(), version: coupon.version }))).code,
    ).toBe("not_found");
  });
});

describe("archive, duplicate, bulk", () => {
  it("archives a never-redeemed offer and refuses a redeemed one", async () => {
    const fresh = await createOffer(t.actors.marketer, "coupon", couponInput());
    await archiveOffer(t.actors.marketer, "coupon", fresh.id);
    expect((await rejection(getOfferOrThrow(t.tenantId, "coupon", fresh.id))).code).toBe("not_found");
    const used = await createOffer(t.actors.marketer, "coupon", couponInput());
    await db().offer.update({ where: { id: used.id }, data: { redemptions: 2 } });
    expect((await rejection(archiveOffer(t.actors.marketer, "coupon", used.id))).code).toBe("conflict");
  });

  it("duplicates into an inactive copy with its own targets", async () => {
    const source = await createOffer(
      t.actors.marketer,
      "promotion",
      PromotionInput.parse({
        name: "Bundle",
        active: true,
        validFrom: "2026-01-01T00:00:00Z",
        category: { kind: "BundleFixed", items: [{ products: { productIds: ["SKU-1"] }, quantity: 2 }], discount: 5 },
        currencies: [{ code: "EUR" }],
        segment: { key: "type", value: "gold" },
      }),
    );
    const copy = await duplicateOffer(t.actors.marketer, "promotion", source.id);
    expect(copy).toMatchObject({ name: "Copy of Bundle", active: false, category: source.category, segment: source.segment });
    expect(copy.id).not.toBe(source.id);
    expect(await db().offerTarget.count({ where: { offerId: copy.id, type: "product", value: "SKU-1" } })).toBe(1);
  });

  it("enables several offers at once and gives each a new version", async () => {
    const a = await createOffer(t.actors.marketer, "coupon", couponInput());
    const b = await createOffer(t.actors.marketer, "coupon", couponInput());
    expect(await setOffersActive(t.actors.marketer, "coupon", [a.id, b.id, a.id], true)).toEqual({
      active: true,
      changed: [a.id, b.id],
      unchanged: [],
    });
    const after = await getOfferOrThrow(t.tenantId, "coupon", a.id);
    expect(after.active).toBe(true);
    expect(after.version).not.toBe(a.version);
    expect(await setOffersActive(t.actors.marketer, "coupon", [a.id], true)).toEqual({ active: true, changed: [], unchanged: [a.id] });
  });

  it("refuses the whole bulk switch when one id is unknown, archived or another tenant's", async () => {
    const a = await createOffer(t.actors.marketer, "coupon", couponInput());
    await expect(setOffersActive(t.actors.marketer, "coupon", [a.id, "unknown"], true)).rejects.toMatchObject({
      code: "not_found",
      causes: [{ field: "ids[1]", code: "not_found" }],
    });
    await expect(setOffersActive(other.actors.admin, "coupon", [a.id], true)).rejects.toMatchObject({ code: "not_found" });
    await expect(setOffersActive(t.actors.marketer, "promotion", [a.id], true)).rejects.toMatchObject({ code: "not_found" });
    expect((await getOfferOrThrow(t.tenantId, "coupon", a.id)).active).toBe(false);
  });
});

describe("lists", () => {
  let tenant: TestTenant;
  const names: Record<string, string> = {};
  const now = new Date("2026-06-01T00:00:00Z");

  beforeAll(async () => {
    tenant = await makeTenant();
    await db().store.create({ data: { tenantId: tenant.tenantId, id: "berlin", name: "Berlin" } });
    await db().product.create({
      data: { tenantId: tenant.tenantId, id: "SKU-1", name: "Boot", categories: ["shoes"], attributes: {}, prices: [] },
    });
    const specs: [string, Record<string, unknown>][] = [
      ["Disabled one", {}],
      ["Planned one", { active: true, validFrom: "2026-07-01T00:00:00Z" }],
      ["Active one", { active: true, validTo: "2026-12-31T00:00:00Z", stores: ["berlin"] }],
      ["Expired one", { active: true, validTo: "2026-02-01T00:00:00Z", category: { kind: "FreeShipping" } }],
      ["By product", { category: { kind: "ProductLevelFixed", discount: 1, products: { productIds: ["SKU-1"] } } }],
      [
        "By category",
        {
          category: {
            kind: "BogoPercentage",
            buy: { quantity: 1, products: { categories: ["shoes"] } },
            get: { quantity: 1, products: { categories: ["socks"] } },
            discount: 50,
          },
        },
      ],
    ];
    for (const [name, overrides] of specs)
      names[name] = (
        await createOffer(tenant.actors.marketer, "coupon", couponInput({ name, validFrom: "2026-01-01T00:00:00Z", ...overrides }))
      ).id;
    await db().couponCode.create({ data: { tenantId: tenant.tenantId, offerId: names["Active one"], code: "SUMMER-1" } });
  });

  const list = async (query: Record<string, string>) =>
    (await listOffers(tenant.tenantId, "coupon", OfferListQuery.parse(query), now)).items.map((o) => o.name).sort();

  it("filters by status", async () => {
    expect(await list({ status: "Planned" })).toEqual(["Planned one"]);
    expect(await list({ status: "active" })).toEqual(["Active one"]);
    expect(await list({ status: "Expired,Planned" })).toEqual(["Expired one", "Planned one"]);
    expect((await list({ status: "Disabled" })).length).toBe(3);
  });

  it("filters by name (substring, any case), code, kind, active and store", async () => {
    expect(await list({ name: "PLANNED,expired" })).toEqual(["Expired one", "Planned one"]);
    expect(await list({ name: "100%_off" })).toEqual([]);
    expect(await list({ code: "SUMMER-1,NOPE" })).toEqual(["Active one"]);
    expect(await list({ code: "summer-1" })).toEqual([]);
    expect(await list({ kind: "FreeShipping,ProductLevelFixed" })).toEqual(["By product", "Expired one"]);
    expect((await list({ active: "true" })).length).toBe(3);
    // Offers for every store match any store.
    expect((await list({ store: "berlin" })).length).toBe(6);
    expect(await list({ store: "paris" })).not.toContain("Active one");
  });

  it("finds offers naming a product or one of its categories", async () => {
    expect(await list({ product: "SKU-1" })).toEqual(["By category", "By product"]);
    expect(await list({ product: "SKU-404" })).toEqual([]);
  });

  it("pages and sorts on the server with a stable order", async () => {
    const page1 = await listOffers(tenant.tenantId, "coupon", OfferListQuery.parse({ count: "4", sort: "name" }), now);
    const page2 = await listOffers(tenant.tenantId, "coupon", OfferListQuery.parse({ count: "4", page: "2", sort: "name" }), now);
    expect(page1.total).toBe(6);
    expect([...page1.items, ...page2.items].map((o) => o.name)).toEqual([
      "Active one",
      "By category",
      "By product",
      "Disabled one",
      "Expired one",
      "Planned one",
    ]);
    expect(page1.items.find((o) => o.name === "Active one")?.codesCount).toBe(1);
    const newest = await listOffers(tenant.tenantId, "coupon", OfferListQuery.parse({ count: "1" }), now);
    expect(newest.items[0].name).toBe("By category");
  });

  it("keeps other tenants and archived offers out", async () => {
    expect(await listOffers(other.tenantId, "coupon", OfferListQuery.parse({ name: "one" }), now)).toEqual({ items: [], total: 0 });
    await archiveOffer(tenant.actors.marketer, "coupon", names["Disabled one"]);
    expect(await list({ name: "Disabled" })).toEqual([]);
  });
});
