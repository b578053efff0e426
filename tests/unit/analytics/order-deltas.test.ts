// The order rollup's pure part: an order is counted once (under "" and each offer it uses) in the bucket
// of its earliest live use while it has one, and a window's changes move it as a whole.
import { describe, expect, it } from "vitest";
import { orderDeltas, orderStateAt, type OrderUse } from "@/lib/analytics/order-deltas";

const at = (iso: string) => new Date(iso);
const use = (offerId: string | null, created: string, reverted: string | null = null, over: Partial<OrderUse> = {}): OrderUse => ({
  offerId,
  createdAt: at(created),
  revertedAt: reverted === null ? null : at(reverted),
  storeId: "north",
  channel: "web",
  currency: "EUR",
  valueMinor: 5_000,
  ...over,
});
const hourOf = (iso: string) => Date.parse(iso) / 3_600_000;
/** The "all"-grain rows of the deltas, as text (the other grains follow the same bucket). */
const allGrain = (deltas: ReturnType<typeof orderDeltas>) =>
  deltas
    .filter((d) => d.grain === "all")
    .map((d) => `${d.hour}|${d.offerId}|${d.currency}|${d.orders}|${d.valueMinor}`)
    .sort();

describe("orderStateAt", () => {
  it("takes the earliest live use's bucket and every live offer once; a use begun or undone at the instant counts from the next", () => {
    const uses = [
      use("A", "2026-12-02T10:10:00Z"),
      use("B", "2026-12-02T09:30:00Z", "2026-12-02T11:00:00Z", { valueMinor: 7_000 }),
      use("A", "2026-12-02T10:20:00Z"),
    ];
    expect(orderStateAt(uses, at("2026-12-02T10:30:00Z"))).toMatchObject({ bucket: { valueMinor: 7_000 }, offers: ["A", "B"] });
    expect(orderStateAt(uses, at("2026-12-02T11:00:00Z"))).toMatchObject({ bucket: { valueMinor: 7_000 }, offers: ["A", "B"] });
    expect(orderStateAt(uses, at("2026-12-02T11:00:00.001Z"))).toMatchObject({ bucket: { valueMinor: 5_000 }, offers: ["A"] });
    expect(orderStateAt(uses, at("2026-12-02T09:30:00Z"))).toBeNull();
    expect(orderStateAt([use(null, "2026-12-02T09:00:00Z")], at("2026-12-02T09:00:00.001Z"))).toEqual({
      bucket: expect.objectContaining({ offerId: null }),
      offers: [],
    });
  });
});

describe("orderDeltas", () => {
  const since = at("2026-12-02T10:00:00Z");
  const until = at("2026-12-02T10:00:15Z");
  const h10 = hourOf("2026-12-02T10:00:00Z");
  const h9 = hourOf("2026-12-02T09:00:00Z");

  it("adds a new order under every order and its offers, at all four grains", () => {
    const deltas = orderDeltas(
      [{ tenantId: "t", uses: [use("A", "2026-12-02T10:00:01Z"), use("B", "2026-12-02T10:00:01Z")] }],
      since,
      until,
    );
    expect(allGrain(deltas)).toEqual([`${h10}||EUR|1|5000`, `${h10}|A|EUR|1|5000`, `${h10}|B|EUR|1|5000`].sort());
    expect(deltas.filter((d) => d.offerId === "").map((d) => [d.grain, d.storeId, d.channel])).toEqual(
      expect.arrayContaining([
        ["all", "", ""],
        ["store", "north", ""],
        ["channel", "", "web"],
        ["full", "north", "web"],
      ]),
    );
  });

  it("a second offer on an older order adds the offer only, in the order's bucket; a full revert takes all out", () => {
    const second = [use("A", "2026-12-02T09:10:00Z"), use("B", "2026-12-02T10:00:05Z", null, { valueMinor: 9_999 })];
    expect(allGrain(orderDeltas([{ tenantId: "t", uses: second }], since, until))).toEqual([`${h9}|B|EUR|1|5000`]);
    const reverted = [use("A", "2026-12-02T09:10:00Z", "2026-12-02T10:00:02Z"), use("B", "2026-12-02T09:20:00Z", "2026-12-02T10:00:03Z")];
    expect(allGrain(orderDeltas([{ tenantId: "t", uses: reverted }], since, until))).toEqual(
      [`${h9}||EUR|-1|-5000`, `${h9}|A|EUR|-1|-5000`, `${h9}|B|EUR|-1|-5000`].sort(),
    );
  });

  it("reverting the earliest use moves the order to its next live use's bucket; redeem and revert in one window net out", () => {
    const moved = [use("A", "2026-12-02T09:10:00Z", "2026-12-02T10:00:02Z"), use("B", "2026-12-02T09:50:00Z", null, { currency: "USD" })];
    expect(allGrain(orderDeltas([{ tenantId: "t", uses: moved }], since, until))).toEqual(
      [`${h9}||EUR|-1|-5000`, `${h9}||USD|1|5000`, `${h9}|A|EUR|-1|-5000`, `${h9}|B|EUR|-1|-5000`, `${h9}|B|USD|1|5000`].sort(),
    );
    expect(orderDeltas([{ tenantId: "t", uses: [use("A", "2026-12-02T10:00:01Z", "2026-12-02T10:00:09Z")] }], since, until)).toEqual([]);
    expect(orderDeltas([{ tenantId: "t", uses: [use("A", "2026-12-02T10:00:15Z")] }], since, until)).toEqual([]);
  });
});
