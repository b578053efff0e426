// A rollup run reads its source in windows of a bounded number of changes (roll-up-usage.ts), so a burst
// of checkouts is rolled up in short transactions. timeAfterChanges is where such a window ends: the time
// of the first change past the first `count`, counting uses, undone uses and no-offer carts. The uses
// here are dated in 2100, where no other test writes and no run of the other tests reads.
import { describe, expect, it } from "vitest";
import { timeAfterChanges } from "@/lib/analytics/queries/source";
import { driver } from "@/lib/db/driver";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { revertOrderRedemptions } from "@/lib/redemptions/revert-redemptions";
import { setUp } from "@/tests/integration/analytics/support/rollup-fixtures";

const at = (second: number) => new Date(Date.UTC(2100, 0, 1, 0, 0, second));

describe("rollup windows", () => {
  it("end before the change that would make them hold more than the bound", async () => {
    const { t } = await setUp();
    const redeem = (orderId: string, second: number) =>
      redeemCodes(t.actors.admin, { codes: ["ALPHA"], orderId, currency: "EUR", catalogTotal: 40 }, at(second));
    await redeem("w1", 0);
    await redeem("w2", 2);
    await revertOrderRedemptions(t.actors.admin, "w1", at(4));
    await redeem("w3", 6);

    // Changes at 0, 2, 4 (the revert) and 6 seconds.
    expect(await timeAfterChanges(driver(), at(0), 0)).toEqual(at(0));
    expect(await timeAfterChanges(driver(), at(0), 1)).toEqual(at(2));
    expect(await timeAfterChanges(driver(), at(0), 2)).toEqual(at(4));
    expect(await timeAfterChanges(driver(), at(1), 2)).toEqual(at(6));
    expect(await timeAfterChanges(driver(), at(0), 3)).toEqual(at(6));
    expect(await timeAfterChanges(driver(), at(0), 4)).toBeNull();
    expect(await timeAfterChanges(driver(), at(7), 0)).toBeNull();
  });
});
