// An offer's ledger (contract §7): filters (status, local days in the tenant's zone, code, customer,
// store, channel), paging, the streamed CSV of the filtered rows, and tenancy (another tenant's id is 404).
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { LEDGER_CSV_HEADER, streamLedgerCsv } from "@/lib/ledger/ledger-csv";
import { listLedger } from "@/lib/ledger/list-ledger";
import { LedgerFilters, LedgerQuery } from "@/lib/ledger/schemas";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { revertRedemption } from "@/lib/redemptions/revert-redemptions";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant } from "@/tests/factories/tenant";

const tenPercent = { kind: "CartLevelPercentage" as const, discount: 10 };
const cart = { currency: "EUR", items: [{ productId: "p", quantity: 1, price: 20 }] };
const url = new URL("http://test/api/v1/offers/x/ledger");

async function setup() {
  const t = await makeTenant({ timeZone: "Europe/Berlin" });
  const id = await makeOffer(t.tenantId, {
    family: "coupon",
    category: tenPercent,
    codes: ["LA1", "LA2", "LB1"],
    limits: { redemptions: 100 },
  });
  const redeem = (code: string, orderId: string, at: string, extra: Record<string, unknown> = {}) =>
    redeemCodes(t.actors.admin, { codes: [code], orderId, cart, ...extra }, new Date(at));
  // 1 December 23:30 in Berlin is 22:30 UTC; 2 December 00:30 in Berlin is 23:30 UTC on the 1st.
  await redeem("LA1", "o1", "2026-12-01T22:30:00Z", { consumerId: "ann", storeId: "berlin", channelType: "pos" });
  await redeem("LA2", "o2", "2026-12-01T23:30:00Z", { consumerId: "bob", storeId: "hamburg", channelType: "web" });
  const third = await redeem("LB1", "o3", "2026-12-02T10:00:00Z", { consumerId: "ann", storeId: "berlin", channelType: "web" });
  await revertRedemption(t.actors.admin, third.redemptions[0].id);
  return { t, id };
}

const orders = (page: { items: { orderId: string }[] }) => page.items.map((r) => r.orderId);

describe("ledger (contract §7)", () => {
  it("filters by status, local days, code, customer, store and channel, newest first", async () => {
    const { t, id } = await setup();
    const list = (q: Record<string, unknown>) => listLedger(t.tenantId, id, LedgerQuery.parse(q), url);
    const all = await list({});
    expect(all).toMatchObject({ offer: { id, type: "coupon" }, timeZone: "Europe/Berlin", pagination: { total: 3 } });
    expect(orders(all)).toEqual(["o3", "o2", "o1"]);
    expect(all.items[2]).toMatchObject({
      code: "LA1",
      status: "redeemed",
      amount: 2,
      currency: "EUR",
      consumerId: "ann",
      storeId: "berlin",
    });
    expect(orders(await list({ status: "reverted" }))).toEqual(["o3"]);
    // Local days in Berlin: o1 is on 1 December, o2 and o3 on 2 December.
    expect(orders(await list({ from: "2026-12-01", to: "2026-12-01" }))).toEqual(["o1"]);
    expect(orders(await list({ from: "2026-12-02" }))).toEqual(["o3", "o2"]);
    expect(orders(await list({ code: "LA" }))).toEqual(["o2", "o1"]);
    expect(orders(await list({ customer: "ann" }))).toEqual(["o3", "o1"]);
    expect(orders(await list({ store: "hamburg" }))).toEqual(["o2"]);
    expect(orders(await list({ channel: "web", customer: "ann" }))).toEqual(["o3"]);
    const second = await list({ count: 2, page: 2 });
    expect(orders(second)).toEqual(["o1"]);
    expect(second.pagination).toEqual({ page: 2, count: 2, total: 3, totalPages: 2 });
  });

  it("streams the filtered rows as CSV", async () => {
    const { t, id } = await setup();
    const csv = await new Response(
      streamLedgerCsv({ id: t.tenantId, timeZone: "Europe/Berlin" }, id, LedgerFilters.parse({ customer: "ann" })),
    ).text();
    const parsed = Papa.parse<Record<string, string>>(csv.trim(), { header: true });
    expect(parsed.meta.fields).toEqual(LEDGER_CSV_HEADER);
    expect(parsed.data.map((r) => [r.orderId, r.status, r.code, r.amount, r.store, r.localTime])).toEqual([
      ["o3", "reverted", "LB1", "2", "berlin", "2 Dec 2026, 11:00 Europe/Berlin"],
      ["o1", "redeemed", "LA1", "2", "berlin", "1 Dec 2026, 23:30 Europe/Berlin"],
    ]);
  });

  it("streams past one batch without losing or repeating rows that share a time", async () => {
    const t = await makeTenant();
    const id = await makeOffer(t.tenantId, { family: "coupon", category: tenPercent, codes: ["BULK"] });
    const code = await db().couponCode.findFirstOrThrow({ where: { tenantId: t.tenantId, offerId: id } });
    // 2,500 rows, 10 per instant: batch edges (1,000, 2,000) fall inside groups of equal createdAt.
    await db().redemption.createMany({
      data: Array.from({ length: 2500 }, (_, i) => ({
        tenantId: t.tenantId,
        codeId: code.id,
        offerId: id,
        code: "BULK",
        orderId: `bulk-${i}`,
        status: "redeemed",
        createdAt: new Date(Date.UTC(2026, 10, 1) + Math.floor(i / 10) * 1000),
      })),
    });
    const csv = await new Response(streamLedgerCsv({ id: t.tenantId, timeZone: "UTC" }, id, LedgerFilters.parse({}))).text();
    const rows = Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data;
    expect(rows).toHaveLength(2500);
    expect(new Set(rows.map((r) => r.orderId)).size).toBe(2500);
  });

  it("answers 404 for an id of another tenant, or of another type than the page's", async () => {
    const { id } = await setup();
    const other = await makeTenant();
    await expect(listLedger(other.tenantId, id, LedgerQuery.parse({}), url)).rejects.toMatchObject({ code: "not_found" });
    await expect(listLedger(other.tenantId, "nope", LedgerQuery.parse({}), url)).rejects.toMatchObject({ code: "not_found" });
    const { t, id: mine } = await setup();
    await expect(listLedger(t.tenantId, mine, LedgerQuery.parse({}), url, { type: "promotion" })).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("refuses filters that are not dates or statuses, naming the field", () => {
    expect(LedgerQuery.safeParse({ from: "2026-02-30" }).error?.issues[0]).toMatchObject({
      path: ["from"],
      message: "from is not a calendar date",
    });
    expect(LedgerQuery.safeParse({ from: "2026-12-03", to: "2026-12-02" }).error?.issues[0]).toMatchObject({ path: ["to"] });
    expect(LedgerQuery.safeParse({ status: "used" }).error?.issues[0]).toMatchObject({ path: ["status"] });
  });
});
