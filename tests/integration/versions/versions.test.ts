// Drafts, publishing, rollback and scheduled publishing (contract §8), on the database the suite runs on.
import { spawn } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { priceCartForTenant } from "@/lib/carts/price-cart-for-tenant";
import { addCodes } from "@/lib/codes/add-codes";
import { db } from "@/lib/db/client";
import { createOffer } from "@/lib/offers/create-offer";
import { getOfferOrThrow } from "@/lib/offers/get-offer-or-throw";
import { CouponInput, PromotionInput } from "@/lib/offers/schemas";
import { updateOffer } from "@/lib/offers/update-offer";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { createDraftOffer } from "@/lib/versions/create-draft-offer";
import { diffVersions, listVersions } from "@/lib/versions/list-versions";
import { registerJobHandlers } from "@/lib/jobs/registry";
import { disableBackgroundJobRunner, runPendingJobs } from "@/lib/jobs/runner";
import { PUBLISH_JOB_KIND, publishJobHandler } from "@/lib/versions/publish-job";
import { publishScheduledVersion } from "@/lib/versions/publish-scheduled-version";
import { publishVersion } from "@/lib/versions/publish-version";
import { saveDraft } from "@/lib/versions/save-draft";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";

const coupon = (overrides: Record<string, unknown> = {}) =>
  CouponInput.parse({
    name: "Ten off",
    active: true,
    validFrom: "2020-01-01T00:00:00Z",
    category: { kind: "CartLevelPercentage", discount: 10 },
    currencies: [{ code: "EUR" }],
    ...overrides,
  });

const cart = (codes: string[] = []) => ({ currency: "EUR", couponCodes: codes, items: [{ productId: "SHOE", quantity: 1, price: 40 }] });
const discount = async (t: TestTenant, codes: string[] = []) => (await priceCartForTenant(t.tenantId, cart(codes))).cart.totals.discount;

async function liveCoupon(t: TestTenant, code: string, overrides: Record<string, unknown> = {}) {
  const offer = await createOffer(t.actors.marketer, "coupon", coupon(overrides));
  await addCodes(t.actors.marketer, offer.id, { codes: [code] });
  return offer;
}

describe("drafts", () => {
  it("a new coupon saved as a draft is invisible to pricing and redemption until it is published", async () => {
    const t = await makeTenant();
    const { offer, draft } = await createDraftOffer(t.actors.marketer, "coupon", coupon());
    expect(offer.status).toBe("Draft");
    expect(draft).toMatchObject({ number: 1, status: "draft" });
    await addCodes(t.actors.marketer, offer.id, { codes: ["LAUNCH"] });
    const priced = await priceCartForTenant(t.tenantId, cart(["LAUNCH"]));
    expect(priced.cart.rejectedCouponCodes).toEqual([expect.objectContaining({ code: "LAUNCH", reason: "not_found" })]);
    await expect(redeemCodes(t.actors.marketer, { codes: ["LAUNCH"], orderId: "o-1" })).rejects.toMatchObject({ code: "not_found" });

    await publishVersion(t.actors.marketer, "coupon", offer.id, {});
    expect(await discount(t, ["LAUNCH"])).toBe(4);
    expect((await getOfferOrThrow(t.tenantId, "coupon", offer.id)).status).toBe("Active");
    await expect(redeemCodes(t.actors.marketer, { codes: ["LAUNCH"], orderId: "o-2" })).resolves.toMatchObject({ replayed: false });
  });

  it("a draft of a live coupon changes nothing until it is published", async () => {
    const t = await makeTenant();
    const offer = await liveCoupon(t, "TEN");
    await saveDraft(t.actors.marketer, "coupon", offer.id, { snapshot: coupon({ currencies: [{ code: "EUR", minimumCartValue: 100 }] }) });
    expect(await discount(t, ["TEN"])).toBe(4);
    await expect(
      redeemCodes(t.actors.marketer, { codes: ["TEN"], orderId: "o-1", currency: "EUR", catalogTotal: 40 }),
    ).resolves.toBeTruthy();
    const published = await publishVersion(t.actors.marketer, "coupon", offer.id, { note: "Minimum 100" });
    expect(published).toMatchObject({ live: true, version: { number: 2, status: "published", note: "Minimum 100" } });
    const after = await priceCartForTenant(t.tenantId, cart(["TEN"]));
    expect(after.cart.rejectedCouponCodes).toEqual([expect.objectContaining({ code: "TEN", reason: "minimum_not_reached" })]);
  });

  it("a new automatic promotion saved as a draft does not discount carts", async () => {
    const t = await makeTenant();
    const promotion = PromotionInput.parse({
      name: "Everything -20%",
      active: true,
      validFrom: "2020-01-01T00:00:00Z",
      category: { kind: "CartLevelPercentage", discount: 20 },
      currencies: [{ code: "EUR" }],
    });
    const { offer } = await createDraftOffer(t.actors.marketer, "promotion", promotion);
    expect(await discount(t)).toBe(0);
    await publishVersion(t.actors.marketer, "promotion", offer.id, {});
    expect(await discount(t)).toBe(8);
  });

  it("a second save needs the draft's etag; a stale one changes nothing", async () => {
    const t = await makeTenant();
    const offer = await liveCoupon(t, "ETAG");
    const first = await saveDraft(t.actors.marketer, "coupon", offer.id, { snapshot: coupon({ name: "A" }) });
    await expect(saveDraft(t.actors.marketer, "coupon", offer.id, { snapshot: coupon({ name: "B" }) })).rejects.toMatchObject({
      code: "conflict",
    });
    const second = await saveDraft(t.actors.marketer, "coupon", offer.id, { snapshot: coupon({ name: "B" }), etag: first.draft.etag });
    expect(second.draft).toMatchObject({ number: first.draft.number, snapshot: expect.objectContaining({ name: "B" }) });
    await expect(
      saveDraft(t.actors.marketer, "coupon", offer.id, { snapshot: coupon({ name: "C" }), etag: first.draft.etag }),
    ).rejects.toMatchObject({
      code: "version_mismatch",
    });
  });

  it("a draft cannot change the category", async () => {
    const t = await makeTenant();
    const offer = await liveCoupon(t, "CAT");
    await expect(
      saveDraft(t.actors.marketer, "coupon", offer.id, { snapshot: coupon({ category: { kind: "CartLevelPercentage", discount: 50 } }) }),
    ).rejects.toMatchObject({ code: "validation_failed", causes: [expect.objectContaining({ field: "category", code: "immutable" })] });
  });
});

describe("history and rollback", () => {
  it("rollback publishes an earlier version again and pricing follows", async () => {
    const t = await makeTenant();
    const offer = await liveCoupon(t, "ROLL");
    expect(await discount(t, ["ROLL"])).toBe(4);
    const current = await getOfferOrThrow(t.tenantId, "coupon", offer.id);
    await updateOffer(t.actors.marketer, "coupon", offer.id, { ...coupon({ active: false }), version: current.version });
    expect(await discount(t, ["ROLL"])).toBe(0);

    const rolled = await publishVersion(t.actors.admin, "coupon", offer.id, { number: 1 });
    expect(rolled.version).toMatchObject({ number: 3, status: "published", restoresNumber: 1, note: "Restores version 1" });
    expect(await discount(t, ["ROLL"])).toBe(4);
    const history = await listVersions(t.tenantId, "coupon", offer.id, { page: 1, count: 20 });
    expect(history.items.map((v) => [v.number, v.status])).toEqual([
      [3, "published"],
      [2, "superseded"],
      [1, "superseded"],
    ]);
    expect(history.items[0].publishedBy).toBe(t.actors.admin.name);
    const diff = await diffVersions(t.tenantId, "coupon", offer.id, 1, 2);
    expect(diff.changes).toEqual([expect.objectContaining({ field: "active", from: "yes", to: "no", sentence: "Enabled: yes → no" })]);
    expect(diff.summary).toBe("1 field differs: Enabled.");
  });

  it("an offer saved before versions existed gets its live state as version 1 on its first change", async () => {
    const t = await makeTenant();
    const offer = await liveCoupon(t, "OLD");
    await db().offerVersion.deleteMany({ where: { tenantId: t.tenantId, offerId: offer.id } });
    await saveDraft(t.actors.marketer, "coupon", offer.id, { snapshot: coupon({ name: "Renamed" }) });
    const history = await listVersions(t.tenantId, "coupon", offer.id, { page: 1, count: 20 });
    expect(history.items.map((v) => [v.number, v.status, v.snapshot.name])).toEqual([
      [2, "draft", "Renamed"],
      [1, "published", "Ten off"],
    ]);
  });
});

beforeAll(() => {
  disableBackgroundJobRunner();
  registerJobHandlers([publishJobHandler]);
});

/** One instance's runner pass over the publish jobs due by `at`: how many jobs it ran. */
const runnerPass = (at: Date) => runPendingJobs({ kinds: [PUBLISH_JOB_KIND], dueBy: at });

function childPublish(at: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", "tests/support/publish-due-child.ts"], {
      env: { ...process.env, PUBLISH_AT: at },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.once("exit", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").pop()!).ran) : reject(new Error(`exit ${code}`))));
  });
}

describe("scheduled publishing", () => {
  it("happens exactly once with three runner loops in one process", async () => {
    const t = await makeTenant();
    const offer = await liveCoupon(t, "SCHED1");
    await saveDraft(t.actors.marketer, "coupon", offer.id, { snapshot: coupon({ active: false }) });
    const at = new Date(Date.now() + 60_000);
    const scheduled = await publishVersion(t.actors.marketer, "coupon", offer.id, { at: at.toISOString() });
    expect(scheduled).toMatchObject({ live: false, version: { status: "scheduled", publishAt: at.toISOString() } });
    expect(await runnerPass(new Date(at.getTime() - 1000))).toBe(0);
    expect(await discount(t, ["SCHED1"])).toBe(4);

    const runs = await Promise.all([runnerPass(at), runnerPass(at), runnerPass(at)]);
    expect(runs.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await discount(t, ["SCHED1"])).toBe(0);
    const published = await db().auditEvent.count({ where: { tenantId: t.tenantId, objectId: offer.id, action: "publish" } });
    expect(published).toBe(1);
  });

  it("the version's own claim publishes once even when its job runs twice (at-least-once)", async () => {
    const t = await makeTenant();
    const offer = await liveCoupon(t, "TWICE");
    await saveDraft(t.actors.marketer, "coupon", offer.id, { snapshot: coupon({ name: "Twice" }) });
    const at = new Date(Date.now() + 60_000);
    await publishVersion(t.actors.marketer, "coupon", offer.id, { at: at.toISOString() });
    const row = await db().offerVersion.findFirstOrThrow({ where: { tenantId: t.tenantId, offerId: offer.id, status: "scheduled" } });
    expect(await publishScheduledVersion(row, new Date(at.getTime() - 1))).toBe("taken");
    const outcomes = await Promise.all([publishScheduledVersion(row, at), publishScheduledVersion(row, at)]);
    expect(outcomes.sort()).toEqual(["published", "taken"]);
    expect(await db().auditEvent.count({ where: { tenantId: t.tenantId, objectId: offer.id, action: "publish" } })).toBe(1);
  });

  it("a rescheduled version goes live at its new instant only", async () => {
    const t = await makeTenant();
    const offer = await liveCoupon(t, "MOVED");
    await saveDraft(t.actors.marketer, "coupon", offer.id, { snapshot: coupon({ name: "Moved" }) });
    const first = new Date(Date.now() + 60_000);
    const later = new Date(Date.now() + 120_000);
    await publishVersion(t.actors.marketer, "coupon", offer.id, { at: first.toISOString() });
    await publishVersion(t.actors.marketer, "coupon", offer.id, { number: 2, at: later.toISOString() });
    await runnerPass(first);
    expect((await getOfferOrThrow(t.tenantId, "coupon", offer.id)).name).toBe("Ten off");
    await runnerPass(later);
    expect((await getOfferOrThrow(t.tenantId, "coupon", offer.id)).name).toBe("Moved");
  });

  it("happens exactly once with two app processes on one database", async () => {
    const t = await makeTenant();
    const offer = await liveCoupon(t, "SCHED2");
    await saveDraft(t.actors.marketer, "coupon", offer.id, { snapshot: coupon({ name: "Scheduled name" }) });
    const at = new Date(Date.now() + 60_000).toISOString();
    await publishVersion(t.actors.marketer, "coupon", offer.id, { at });
    const runs = await Promise.all([childPublish(at), childPublish(at)]);
    expect(runs.sort()).toEqual([0, 1]);
    expect((await getOfferOrThrow(t.tenantId, "coupon", offer.id)).name).toBe("Scheduled name");
    const versions = await db().offerVersion.findMany({ where: { tenantId: t.tenantId, offerId: offer.id }, orderBy: { number: "asc" } });
    expect(versions.map((v) => v.status)).toEqual(["superseded", "published"]);
  });

  it("returns a version that can no longer go live to draft, with the reason", async () => {
    const t = await makeTenant();
    await db().store.create({ data: { tenantId: t.tenantId, id: "gone", name: "Closing store" } });
    const offer = await liveCoupon(t, "SCHED3");
    await saveDraft(t.actors.marketer, "coupon", offer.id, { snapshot: coupon({ stores: ["gone"] }) });
    const at = new Date(Date.now() + 60_000);
    await publishVersion(t.actors.marketer, "coupon", offer.id, { at: at.toISOString() });
    await db().store.delete({ where: { tenantId_id: { tenantId: t.tenantId, id: "gone" } } });
    await runnerPass(at);
    const version = await db().offerVersion.findFirstOrThrow({ where: { tenantId: t.tenantId, offerId: offer.id, number: 2 } });
    expect(version.status).toBe("draft");
    expect(version.note).toContain("Store gone does not exist");
  });
});
