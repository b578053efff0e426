// The dashboard's "this week" panel and latest jobs: the right offers in the right order, nothing of
// another tenant's, disabled and archived offers left out.
import { describe, expect, it } from "vitest";
import { createGenerationJob } from "@/lib/codes/create-generation-job";
import { PatternInput } from "@/lib/codes/pattern";
import { db } from "@/lib/db/client";
import { createOffer } from "@/lib/offers/create-offer";
import { CouponInput, PromotionInput } from "@/lib/offers/schemas";
import { getDashboardActivity } from "@/lib/tenants/get-dashboard-activity";
import { makeTenant } from "@/tests/factories/tenant";

const now = new Date("2026-06-10T12:00:00Z");
const base = { category: { kind: "CartLevelPercentage", discount: 10 }, currencies: [{ code: "EUR" }] };

describe("dashboard activity", () => {
  it("lists enabled offers starting or ending within 7 days, soonest first, and the tenant's latest jobs", async () => {
    const t = await makeTenant();
    const other = await makeTenant();
    const marketer = t.actors.marketer;
    const make = (family: "coupon" | "promotion", fields: Record<string, unknown>) =>
      createOffer(marketer, family, (family === "coupon" ? CouponInput : PromotionInput).parse({ ...base, active: true, ...fields }));
    const startsSoon = await make("coupon", { name: "Starts in 2 days", validFrom: "2026-06-12T09:00:00Z" });
    const endsSoon = await make("promotion", { name: "Ends tomorrow", validFrom: "2026-01-01T00:00:00Z", validTo: "2026-06-11T18:00:00Z" });
    await make("coupon", { name: "Starts in 3 weeks", validFrom: "2026-07-01T00:00:00Z" });
    await make("coupon", { name: "Disabled, starts tomorrow", active: false, validFrom: "2026-06-11T00:00:00Z" });
    const archived = await make("coupon", {
      name: "Archived, ends tomorrow",
      validFrom: "2026-01-01T00:00:00Z",
      validTo: "2026-06-11T00:00:00Z",
    });
    await db().offer.update({ where: { id: archived.id }, data: { archivedAt: now } });
    await createOffer(
      other.actors.marketer,
      "coupon",
      CouponInput.parse({ ...base, active: true, name: "Other tenant", validFrom: "2026-06-11T00:00:00Z" }),
    );

    const job = await createGenerationJob(
      marketer,
      startsSoon.id,
      PatternInput.parse({ count: 10, pattern: "DASH-####", charset: "numbers" }),
    );
    // Not left queued: the import tests that run later in this database claim whatever job is waiting.
    await db().codeImport.update({
      where: { id: job.id },
      data: { status: "completed", processedRows: 10, importedCount: 10, finishedAt: now },
    });

    const activity = await getDashboardActivity(t.tenantId, now);
    expect(activity.upcoming.map((u) => [u.name, u.change, u.href])).toEqual([
      ["Ends tomorrow", "ends", `/promotions/${endsSoon.id}`],
      ["Starts in 2 days", "starts", `/coupons/${startsSoon.id}`],
    ]);
    expect(activity.jobs).toEqual([
      expect.objectContaining({
        couponName: "Starts in 2 days",
        href: `/coupons/${startsSoon.id}/codes`,
        kind: "generate",
        status: "completed",
        importedCount: 10,
      }),
    ]);
    expect((await getDashboardActivity(other.tenantId, now)).jobs).toEqual([]);
  });
});
