import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createOffer } from "@/lib/offers/create-offer";
import { countAffectedOffers } from "@/lib/offers/exclusions/count-affected-offers";
import { getExclusionList } from "@/lib/offers/exclusions/get-exclusion-list";
import { deleteExclusionList, saveExclusionList } from "@/lib/offers/exclusions/save-exclusion-list";
import { CouponInput } from "@/lib/offers/schemas";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";

let t: TestTenant;
beforeAll(async () => {
  t = await makeTenant();
});

const revision = async () => (await db().tenant.findUniqueOrThrow({ where: { id: t.tenantId } })).offersRevision;

describe("exclusion list", () => {
  it("is empty before the first save", async () => {
    expect(await getExclusionList(t.tenantId)).toEqual({
      tenant: t.slug,
      ids: [],
      createdAt: null,
      createdBy: null,
      updatedAt: null,
      updatedBy: null,
    });
  });

  it("saves deduplicated ids, bumps the revision and audits the change", async () => {
    const before = await revision();
    const saved = await saveExclusionList(t.actors.marketer, { ids: ["A", "B", "A"] });
    expect(saved).toMatchObject({ tenant: t.slug, ids: ["A", "B"], createdBy: t.actors.marketer.name });
    expect(await revision()).toBe(before + 1);
    await saveExclusionList(t.actors.admin, { ids: ["B", "C"] });
    const event = await db().auditEvent.findFirstOrThrow({
      where: { tenantId: t.tenantId, objectType: "exclusion_list", action: "update" },
    });
    expect(event.changes).toMatchObject({ added: ["C"], removed: ["A"] });
    expect((await getExclusionList(t.tenantId)).updatedBy).toBe(t.actors.admin.name);
  });

  it("refuses more distinct ids than the limit, naming it", async () => {
    const ids = Array.from({ length: 1001 }, (_, i) => `P${i}`);
    const error = await saveExclusionList(t.actors.admin, { ids }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).causes[0]).toMatchObject({ field: "ids", code: "too_big" });
    expect((error as AppError).message).toContain("1000");
    expect((await saveExclusionList(t.actors.admin, { ids: [...ids.slice(0, 1000), "P0"] })).ids).toHaveLength(1000);
  });

  it("deletes the list", async () => {
    await deleteExclusionList(t.actors.admin);
    expect((await getExclusionList(t.tenantId)).ids).toEqual([]);
  });

  it("counts the offers that name excluded products or their categories", async () => {
    await db().product.create({
      data: { tenantId: t.tenantId, id: "SKU-1", name: "Boot", categories: ["shoes"], attributes: {}, prices: [] },
    });
    const base = { validFrom: "2026-01-01T00:00:00Z", currencies: [{ code: "EUR" }] };
    await createOffer(
      t.actors.marketer,
      "coupon",
      CouponInput.parse({
        ...base,
        name: "direct",
        category: { kind: "ProductLevelPercentage", discount: 5, products: { productIds: ["SKU-1"], categories: ["shoes"] } },
      }),
    );
    await createOffer(
      t.actors.marketer,
      "coupon",
      CouponInput.parse({
        ...base,
        name: "category",
        category: { kind: "ProductLevelPercentage", discount: 5, products: { categories: ["shoes"] } },
      }),
    );
    await createOffer(
      t.actors.marketer,
      "coupon",
      CouponInput.parse({
        ...base,
        name: "unrelated",
        category: { kind: "ProductLevelPercentage", discount: 5, products: { categories: ["hats"] } },
      }),
    );
    expect(await countAffectedOffers(t.tenantId, ["SKU-1"])).toEqual({ byProduct: 1, byCategory: 1 });
    expect(await countAffectedOffers(t.tenantId, [])).toEqual({ byProduct: 0, byCategory: 0 });
  });
});
