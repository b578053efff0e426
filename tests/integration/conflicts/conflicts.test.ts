// The conflict analyzer's loader and GET /api/v1/conflicts on the database the suite runs on: the
// findings of a tenant's real rows, each counter-example priced again by the simulator's own service,
// the offer filter, drafts (new offers and the version being published) and the tenant's threshold.
import { beforeAll, describe, expect, it } from "vitest";
import * as conflictsRoute from "@/app/api/v1/conflicts/route";
import { simulateCart } from "@/lib/carts/simulate-cart";
import { CartRequestSchema } from "@/lib/carts/schemas";
import { decodeSimulation } from "@/lib/carts/simulation-url";
import { resolveSimulatorDrafts } from "@/lib/carts/simulator-drafts";
import { conflictsOfVersion } from "@/lib/conflicts/draft-conflicts";
import { loadAnalysisInput } from "@/lib/conflicts/load-analysis-input";
import { upsertConflictSettings } from "@/lib/conflicts/queries";
import type { FindingView } from "@/lib/conflicts/schemas";
import { db } from "@/lib/db/client";
import { PromotionInput } from "@/lib/offers/schemas";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { createDraftOffer } from "@/lib/versions/create-draft-offer";
import { saveDraft } from "@/lib/versions/save-draft";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function get(token: string, query = "") {
  const request = new Request(`http://localhost/api/v1/conflicts${query}`, { headers: { authorization: `Bearer ${token}` } });
  const response = await (conflictsRoute.GET as Handler)(request, { params: Promise.resolve({}) });
  return { status: response.status, body: await response.json() };
}

async function products(tenantId: string) {
  const rows = [
    { id: "SHIRT-1", categories: ["shirts"], eur: 3000 },
    { id: "SHIRT-2", categories: ["shirts"], eur: 2500 },
    { id: "SHOE-1", categories: ["shoes"], eur: 8000 },
    { id: "GIFT-1", categories: ["gifts"], eur: 5000 },
  ];
  for (const row of rows)
    await db().product.create({
      data: {
        tenantId,
        id: row.id,
        name: row.id,
        categories: row.categories,
        attributes: {},
        prices: [{ currency: "EUR", amount: row.eur }],
      },
    });
  await db().exclusionList.create({ data: { tenantId, ids: ["GIFT-1"], createdBy: "test", updatedBy: "test" } });
}

const shirts = (discount: number) => ({ kind: "ProductLevelPercentage" as const, discount, products: { categories: ["shirts"] } });
const statusIn = (result: Awaited<ReturnType<typeof simulateCart>>, id: string) => {
  const entry = result.cart.trace.find((t) => t.id === id);
  return entry ? (entry.status === "applied" ? "applied" : entry.reason) : "absent";
};

describe("GET /api/v1/conflicts", () => {
  let t: TestTenant;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await makeTenant({ timeZone: "Europe/Berlin" });
    await products(t.tenantId);
    ids.a = await makeOffer(t.tenantId, { name: "Shirts 10", category: shirts(10) });
    ids.b = await makeOffer(t.tenantId, { name: "Shirts 5", category: shirts(5) });
    ids.excl = await makeOffer(t.tenantId, {
      name: "Shoes exclusive",
      category: { kind: "ProductLevelPercentage", discount: 5, products: { categories: ["shoes"] } },
      exclusive: true,
    });
    ids.shoes = await makeOffer(t.tenantId, {
      name: "Shoes 20",
      category: { kind: "ProductLevelPercentage", discount: 20, products: { categories: ["shoes"] } },
    });
    ids.gifts = await makeOffer(t.tenantId, {
      name: "Gifts",
      category: { kind: "ProductLevelPercentage", discount: 15, products: { categories: ["gifts"] } },
    });
    ids.old = await makeOffer(t.tenantId, {
      name: "Old sale",
      category: { kind: "CartLevelFixed", discount: 1 },
      validTo: "2021-01-01T00:00:00Z",
    });
    ids.noCodes = await makeOffer(t.tenantId, { family: "coupon", name: "No codes", category: { kind: "CartLevelFixed", discount: 2 } });
    ids.off = await makeOffer(t.tenantId, {
      family: "coupon",
      name: "Switched off codes",
      category: { kind: "CartLevelFixed", discount: 2 },
      codes: ["OFF-1"],
    });
    await db().couponCode.updateMany({ where: { tenantId: t.tenantId, offerId: ids.off }, data: { active: false } });
    ids.used = await makeOffer(t.tenantId, {
      family: "coupon",
      name: "Used up",
      category: { kind: "CartLevelFixed", discount: 3 },
      codes: ["USED-1"],
      limits: { redemptions: 2 },
    });
    // Used up through the ledger: each redemption takes the offer's usage counter (contract §7).
    for (const orderId of ["u1", "u2"]) await redeemCodes(t.actors.admin, { codes: ["USED-1"], orderId });
    ids.disabled = await makeOffer(t.tenantId, { name: "Disabled", category: shirts(50), active: false });
  });

  it("lists every finding of the tenant's rows, sorted by kind then id, with counts", async () => {
    const { status, body } = await get(t.tokens.viewer, "?count=100");
    expect(status).toBe(200);
    const pair = (x: string, y: string) => [x, y].sort().join(":");
    const byId = (list: string[]) => [...list].sort();
    expect((body.items as FindingView[]).map((f) => f.id)).toEqual([
      `exclusive_collision:${pair(ids.excl, ids.shoes)}`,
      ...byId([
        `dead_offer:all_products_excluded:${ids.gifts}`,
        `dead_offer:expired:${ids.old}`,
        `dead_offer:limit_used_up:${ids.used}`,
        `dead_offer:no_active_codes:${ids.noCodes}`,
        `dead_offer:no_active_codes:${ids.off}`,
      ]),
      `overlap:${pair(ids.a, ids.b)}`,
    ]);
    expect(body.counts).toEqual({ stacking: 0, exclusive_collision: 1, dead_offer: 5, overlap: 1 });
    expect(body.pagination).toEqual({ page: 1, count: 100, total: 7, totalPages: 1 });
  });

  it("gives counter-examples that the simulator's service prices to show the problem", async () => {
    const { body } = await get(t.tokens.viewer, "?count=100");
    for (const finding of body.items as FindingView[]) {
      expect(finding.simulatorUrl.startsWith("/simulator?cart=")).toBe(true);
      const result = await simulateCart(t.tenantId, CartRequestSchema.parse(finding.cart));
      const [one, two] = finding.offers.map((o) => o.id);
      if (finding.kind === "overlap") expect([statusIn(result, one), statusIn(result, two)]).toEqual(["applied", "applied"]);
      if (finding.kind === "exclusive_collision") {
        expect(finding.winnerId).toBe(ids.shoes);
        expect([statusIn(result, ids.shoes), statusIn(result, ids.excl)]).toEqual(["applied", "excluded_by_exclusive"]);
      }
      if (finding.kind === "dead_offer") {
        const expected = {
          all_products_excluded: "absent",
          expired: "expired",
          limit_used_up: "redemption_limit_reached",
          no_active_codes: one === ids.off ? "code_inactive" : "absent",
        }[finding.reason as string];
        expect(statusIn(result, one)).toBe(expected);
      }
    }
  });

  it("filters by offer and by kind; counts follow the offer filter", async () => {
    const { body } = await get(t.tokens.marketer, `?offer=${ids.shoes}`);
    expect(body.items.map((f: FindingView) => f.kind)).toEqual(["exclusive_collision"]);
    expect(body.counts).toEqual({ stacking: 0, exclusive_collision: 1, dead_offer: 0, overlap: 0 });
    const dead = await get(t.tokens.marketer, "?kind=dead_offer&count=2&page=2");
    expect(dead.body.items.map((f: FindingView) => f.reason)).toEqual(["limit_used_up", "no_active_codes"]);
    expect(dead.body.pagination.total).toBe(5);
  });

  it("answers 400 naming the field for a bad kind or count, 403 to a POS token, 401 without a token", async () => {
    const bad = await get(t.tokens.viewer, "?kind=nope&count=0");
    expect(bad.status).toBe(400);
    expect(bad.body.causes.map((c: { field: string }) => c.field).sort()).toEqual(["count", "kind"]);
    expect((await get(t.tokens.pos)).status).toBe(403);
    expect((await get("not-a-token")).status).toBe(401);
  });

  it("never shows another tenant's offers", async () => {
    const other = await makeTenant();
    const { body } = await get(other.tokens.viewer);
    expect(body.items).toEqual([]);
    expect((await get(other.tokens.viewer, `?offer=${ids.shoes}`)).body.items).toEqual([]);
  });
});

describe("loader and drafts", () => {
  const promotion = (discount: number, extra: Record<string, unknown> = {}) =>
    PromotionInput.parse({
      name: `Shirts ${discount}`,
      active: true,
      validFrom: "2020-01-01T00:00:00Z",
      category: shirts(discount),
      currencies: [{ code: "EUR" }],
      ...extra,
    });

  it("analyzes new offers that exist only as drafts, flagged as drafts, and the version being published brings its new findings", async () => {
    const t = await makeTenant();
    await products(t.tenantId);
    const live = await makeOffer(t.tenantId, { name: "Live shirts", category: shirts(10) });
    const { offer } = await createDraftOffer(t.actors.marketer, "promotion", promotion(30, { name: "Draft shirts" }));
    const input = await loadAnalysisInput(t.tenantId, new Date());
    expect(input.offers.map((o) => [o.offer.name, o.draft])).toEqual([
      ["Live shirts", false],
      ["Draft shirts", true],
    ]);
    const { body } = await get(t.tokens.viewer);
    expect(body.items.map((f: FindingView) => [f.kind, f.offers.map((o) => [o.name, o.draft])])).toEqual([
      [
        "overlap",
        [
          ["Live shirts", false],
          ["Draft shirts", true],
        ],
      ],
    ]);
    const brought = await conflictsOfVersion(t.tenantId, "promotion", offer.id);
    expect(brought.map((f) => f.id)).toEqual([`overlap:${[live, offer.id].sort().join(":")}`]);
  });

  it("a draft of a live offer brings only what it changes: none while equal; once it turns exclusive, A is shadowed by it", async () => {
    const t = await makeTenant();
    await products(t.tenantId);
    const a = await makeOffer(t.tenantId, { name: "A", category: shirts(10) });
    const b = await makeOffer(t.tenantId, { name: "B", category: shirts(20) });
    await saveDraft(t.actors.marketer, "promotion", b, { snapshot: promotion(20, { name: "B" }) });
    expect(await conflictsOfVersion(t.tenantId, "promotion", b)).toEqual([]);
    const draft = await db().offerVersion.findFirstOrThrow({ where: { tenantId: t.tenantId, offerId: b, status: "draft" } });
    await saveDraft(t.actors.marketer, "promotion", b, { snapshot: promotion(20, { name: "B", exclusive: true }), etag: draft.etag });
    const brought = await conflictsOfVersion(t.tenantId, "promotion", b);
    expect(brought.map((f) => [f.id, f.winnerId])).toEqual([[`dead_offer:shadowed:${a}:${b}`, b]]);

    // The counter-example opens in the simulator with that version chosen, and shows A shadowed; live, A applies.
    const url = new URL(brought[0].simulatorUrl, "http://localhost");
    const drafts = await resolveSimulatorDrafts(t.tenantId, url.searchParams.get("drafts") ?? undefined);
    expect(drafts.chosen.map((d) => [d.kind, d.id, d.number])).toEqual([["promotion", b, draft.number]]);
    const request = CartRequestSchema.parse(decodeSimulation(url.searchParams.get("cart") ?? undefined));
    const shown = await simulateCart(t.tenantId, request, new Date(), drafts.overlays);
    expect([statusIn(shown, a), statusIn(shown, b)]).toEqual(["excluded_by_exclusive", "applied"]);
    expect(statusIn(await simulateCart(t.tenantId, request), a)).toBe("applied");
  });

  it("reads the tenant's stacking threshold from its settings (default 50 %)", async () => {
    const t = await makeTenant();
    await products(t.tenantId);
    await makeOffer(t.tenantId, { name: "Shirts 30", category: shirts(30) });
    await makeOffer(t.tenantId, { name: "Shirts 20", category: shirts(20) });
    // 30 % then 20 % of the rest: 44 % of the cart.
    expect((await get(t.tokens.viewer, "?kind=stacking")).body.items).toEqual([]);
    await upsertConflictSettings(t.tenantId, 40, "test");
    const { body } = await get(t.tokens.viewer, "?kind=stacking");
    expect(body.items.map((f: FindingView) => [f.id, f.sharePercent])).toEqual([["stacking:EUR", 44]]);
  });
});
