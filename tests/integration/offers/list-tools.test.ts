// The console's list tools against a real database: status sort, the archive view and restore, saved
// views per user, and the CSV export of a filtered list with its cells escaped (contract §3).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { archiveOffer } from "@/lib/offers/archive-offer";
import { createOffer } from "@/lib/offers/create-offer";
import { exportOffersCsv } from "@/lib/offers/export-offers-csv";
import { listOffers } from "@/lib/offers/list-offers";
import { restoreOffer } from "@/lib/offers/restore-offer";
import { deleteView } from "@/lib/offers/saved-views/delete-view";
import { listSavedViews } from "@/lib/offers/saved-views/list-saved-views";
import { saveView } from "@/lib/offers/saved-views/save-view";
import { CouponInput, OfferListQuery } from "@/lib/offers/schemas";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";

let t: TestTenant;
const now = new Date("2026-06-01T00:00:00Z");
const coupon = (name: string, extra: Record<string, unknown> = {}) =>
  CouponInput.parse({
    name,
    active: true,
    validFrom: "2026-01-01T00:00:00Z",
    category: { kind: "CartLevelPercentage", discount: 10 },
    currencies: [{ code: "EUR" }],
    ...extra,
  });

beforeAll(async () => {
  t = await makeTenant();
  await createOffer(t.actors.marketer, "coupon", coupon("Expired", { validTo: "2026-02-01T00:00:00Z" }));
  await createOffer(t.actors.marketer, "coupon", coupon("Active"));
  await createOffer(t.actors.marketer, "coupon", coupon("Planned", { validFrom: "2027-01-01T00:00:00Z" }));
  await createOffer(t.actors.marketer, "coupon", coupon("=Disabled", { active: false }));
});

describe("list tools", () => {
  it("sorts by status in the order Disabled, Planned, Active, Expired, both ways", async () => {
    const up = await listOffers(t.tenantId, "coupon", OfferListQuery.parse({ sort: "status" }), now);
    expect(up.items.map((o) => o.status)).toEqual(["Disabled", "Planned", "Active", "Expired"]);
    const down = await listOffers(t.tenantId, "coupon", OfferListQuery.parse({ sort: "-status" }), now);
    expect(down.items.map((o) => o.status)).toEqual(["Expired", "Active", "Planned", "Disabled"]);
    const byEnd = await listOffers(t.tenantId, "coupon", OfferListQuery.parse({ sort: "validTo", status: "Expired" }), now);
    expect(byEnd.items.map((o) => o.name)).toEqual(["Expired"]);
  });

  it("lists archived offers only in the archive view, and restores them disabled", async () => {
    const offer = await createOffer(t.actors.marketer, "coupon", coupon("To archive"));
    await archiveOffer(t.actors.marketer, "coupon", offer.id);
    const archived = await listOffers(t.tenantId, "coupon", OfferListQuery.parse({}), now, { archived: true });
    expect(archived.items.map((o) => o.name)).toEqual(["To archive"]);
    await restoreOffer(t.actors.marketer, "coupon", offer.id);
    const back = await listOffers(t.tenantId, "coupon", OfferListQuery.parse({ name: "To archive" }), now);
    expect(back.items.map((o) => [o.name, o.active])).toEqual([["To archive", false]]);
    await expect(restoreOffer(t.actors.marketer, "coupon", offer.id)).rejects.toMatchObject({ code: "not_found" });
    const events = await db().auditEvent.findMany({ where: { tenantId: t.tenantId, objectId: offer.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["create", "archive", "restore"]);
  });

  it("keeps saved views per user, replaces one by name, and drops the page number", async () => {
    await saveView(t.actors.marketer, { list: "coupons", name: "Live", query: "status=Active&page=3&name=" });
    await saveView(t.actors.marketer, { list: "coupons", name: "Live", query: "sort=-validFrom&status=Active" });
    await saveView(t.actors.admin, { list: "coupons", name: "Mine", query: "kind=FreeShipping" });
    const views = await listSavedViews(t.tenantId, t.actors.marketer.id, "coupons");
    expect(views.map((v) => [v.name, v.query])).toEqual([["Live", "sort=-validFrom&status=Active"]]);
    await deleteView(t.actors.admin, views[0].id); // another user's view: nothing happens
    expect(await listSavedViews(t.tenantId, t.actors.marketer.id, "coupons")).toHaveLength(1);
    await deleteView(t.actors.marketer, views[0].id);
    expect(await listSavedViews(t.tenantId, t.actors.marketer.id, "coupons")).toHaveLength(0);
  });

  it("exports the filtered list as CSV, a formula-looking name escaped", async () => {
    const csv = await exportOffersCsv(
      t.tenantId,
      "coupon",
      OfferListQuery.parse({ status: "Disabled", name: "disabled" }),
      "Europe/Berlin",
    );
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe("id,name,kind,discount,status,valid_from,valid_to,stores,channels,codes,updated_at,updated_by");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(',\'=Disabled,Cart: percentage off,10% off the cart,Disabled,"1 Jan 2026, 01:00 Europe/Berlin",,all,all,0,');
  });
});
