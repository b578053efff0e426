// The outbox (contract §9) on a real database: each event is written in the transaction of its change,
// so a change that rolls back leaves no event, and a sweep that runs twice writes each warning once.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { driver } from "@/lib/db/driver";
import { createCodeImport } from "@/lib/codes/create-code-import";
import { runPendingImports } from "@/lib/codes/import-job";
import { disableBackgroundJobRunner } from "@/lib/jobs/runner";
import { recordExpiringOffers } from "@/lib/offers/expiring-offers-job";
import { recordOutboxEvents } from "@/lib/outbox/record-outbox-event";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { revertOrderRedemptions, revertRedemption } from "@/lib/redemptions/revert-redemptions";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant } from "@/tests/factories/tenant";
import { makeCoupon, uploadRequest } from "@/tests/support/codes";

disableBackgroundJobRunner();
const cartLevel = { kind: "CartLevelPercentage" as const, discount: 10 };
const DAY = 24 * 60 * 60 * 1000;

const eventsOf = (tenantId: string, type?: string) =>
  db().outboxEvent.findMany({ where: { tenantId, ...(type ? { type } : {}) }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

describe("redemption events", () => {
  it("writes one redemption.created per code of the order, with the redemption as the API shows it", async () => {
    const t = await makeTenant();
    const couponId = await makeOffer(t.tenantId, { family: "coupon", category: cartLevel, codes: ["EV-1", "EV-2"] });
    const { redemptions } = await redeemCodes(t.actors.admin, {
      codes: ["EV-1", "EV-2"],
      orderId: "o-1",
      currency: "EUR",
      catalogTotal: 12.5,
    });
    const events = await eventsOf(t.tenantId);
    expect(events.map((e) => e.type)).toEqual(["redemption.created", "redemption.created"]);
    expect(events.map((e) => e.data).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual(
      redemptions.map((redemption) => ({ redemption })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    );
    expect(redemptions[0]).toMatchObject({ couponId, catalogTotal: 12.5, status: "redeemed" });
    // A retry of the same order answers the first redemptions and writes nothing new.
    await redeemCodes(t.actors.admin, { codes: ["EV-1", "EV-2"], orderId: "o-1" });
    expect(await eventsOf(t.tenantId)).toHaveLength(2);
  });

  it("writes no event for redemptions that roll back: of concurrent checkouts of a single-use code one commits", async () => {
    const t = await makeTenant();
    await makeOffer(t.tenantId, { family: "coupon", category: cartLevel, singleUse: true, codes: ["ONCE"] });
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => redeemCodes(t.actors.admin, { codes: ["ONCE"], orderId: `race-${i}` })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const events = await eventsOf(t.tenantId, "redemption.created");
    expect(events).toHaveLength(1);
    const winner = (results.find((r) => r.status === "fulfilled") as PromiseFulfilledResult<Awaited<ReturnType<typeof redeemCodes>>>).value;
    expect(events[0].data).toEqual({ redemption: winner.redemptions[0] });
  });

  it("leaves no event behind when the checkout transaction it was written in rolls back", async () => {
    const t = await makeTenant();
    await expect(
      driver().transaction(async (tx) => {
        await recordOutboxEvents(tx, [{ tenantId: t.tenantId, type: "redemption.created", data: { redemption: {} as never } }]);
        throw new Error("limit reached after the insert");
      }),
    ).rejects.toThrow("limit reached");
    expect(await eventsOf(t.tenantId)).toHaveLength(0);
  });

  it("writes redemption.reverted once per redemption that moves to reverted", async () => {
    const t = await makeTenant();
    await makeOffer(t.tenantId, { family: "coupon", category: cartLevel, codes: ["RV-1", "RV-2"] });
    const { redemptions } = await redeemCodes(t.actors.admin, { codes: ["RV-1", "RV-2"], orderId: "o-2" });
    const one = redemptions.find((r) => r.code === "RV-1")!;
    await revertRedemption(t.actors.admin, one.id);
    await revertRedemption(t.actors.admin, one.id);
    await revertOrderRedemptions(t.actors.admin, "o-2");
    const reverted = await eventsOf(t.tenantId, "redemption.reverted");
    expect(
      reverted.map((e) => [
        (e.data as { redemption: { code: string; status: string } }).redemption.code,
        (e.data as { reason: string }).reason,
      ]),
    ).toEqual([
      ["RV-1", "manual"],
      ["RV-2", "order_failed"],
    ]);
    expect((reverted[0].data as { redemption: { status: string } }).redemption.status).toBe("reverted");
  });
});

describe("import events", () => {
  it("writes import.completed with the import, and import.failed for an import whose coupon went away", async () => {
    const t = await makeTenant();
    const coupon = await makeCoupon(t.tenantId);
    const done = await createCodeImport(t.actors.marketer, coupon.id, uploadRequest("IMP-1\nIMP-2"));
    await runPendingImports();
    const doomedCoupon = await makeCoupon(t.tenantId);
    const doomed = await createCodeImport(t.actors.marketer, doomedCoupon.id, uploadRequest("IMP-3"));
    await db().offer.update({ where: { id: doomedCoupon.id }, data: { archivedAt: new Date() } });
    await runPendingImports();
    const events = await eventsOf(t.tenantId);
    expect(events.map((e) => [e.type, (e.data as { codesImport: { id: string; status: string } }).codesImport.id])).toEqual([
      ["import.completed", done.id],
      ["import.failed", doomed.id],
    ]);
    expect((events[0].data as { codesImport: object }).codesImport).toMatchObject({
      status: "completed",
      importedCount: 2,
      couponId: coupon.id,
    });
    expect((events[1].data as { codesImport: object }).codesImport).toMatchObject({
      status: "failed",
      failureReason: expect.stringMatching(/archived/),
    });
  });
});

describe("offer.expiring", () => {
  it("warns 7 days and 1 day before an active offer ends, each once however often the sweep runs", async () => {
    const t = await makeTenant();
    const now = Date.now();
    const validTo = new Date(now + 3 * DAY).toISOString();
    const ending = await makeOffer(t.tenantId, { family: "coupon", name: "Ends soon", category: cartLevel, validTo });
    await makeOffer(t.tenantId, { family: "promotion", category: cartLevel, validTo: new Date(now + 30 * DAY).toISOString() });
    await makeOffer(t.tenantId, { family: "promotion", category: cartLevel, active: false, validTo });
    await recordExpiringOffers(new Date(now));
    await recordExpiringOffers(new Date(now + 60_000));
    let events = await eventsOf(t.tenantId, "offer.expiring");
    expect(events.map((e) => e.data)).toEqual([
      { offer: { id: ending, family: "coupon", name: "Ends soon", validTo, endsAt: validTo }, daysBefore: 7 },
    ]);
    await recordExpiringOffers(new Date(now + 2.5 * DAY));
    await recordExpiringOffers(new Date(now + 2.9 * DAY));
    await recordExpiringOffers(new Date(now + 3.1 * DAY));
    events = await eventsOf(t.tenantId, "offer.expiring");
    expect(events.map((e) => (e.data as { daysBefore: number }).daysBefore)).toEqual([7, 1]);
  });
});
