// Offer.codesCount is kept by database triggers for every writer of CouponCode: the import's bulk writer
// (a worker thread on SQLite, unnest on PostgreSQL), typed codes, plain Prisma writes and deletes. Each
// step is checked against a recount of the coupon's codes.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCodes } from "@/lib/codes/add-codes";
import { bulkWriter, closeBulkWriter } from "@/lib/codes/bulk-writer";
import { db } from "@/lib/db/client";
import { getOfferOrThrow } from "@/lib/offers/get-offer-or-throw";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";
import { makeCoupon } from "@/tests/support/codes";

let tenant: TestTenant;
beforeAll(async () => {
  tenant = await makeTenant();
});
afterAll(closeBulkWriter);

async function counted(couponId: string): Promise<{ kept: number; recount: number; shown: number }> {
  const [offer, recount, view] = await Promise.all([
    db().offer.findUniqueOrThrow({ where: { id: couponId } }),
    db().couponCode.count({ where: { tenantId: tenant.tenantId, offerId: couponId } }),
    getOfferOrThrow(tenant.tenantId, "coupon", couponId),
  ]);
  return { kept: offer.codesCount, recount, shown: "codesCount" in view ? (view.codesCount ?? -1) : -1 };
}

async function importBatch(couponId: string, codes: string[]): Promise<number> {
  const job = await db().codeImport.create({
    data: {
      tenantId: tenant.tenantId,
      offerId: couponId,
      status: "processing",
      fileName: "codes.csv",
      createdBy: "tests",
      claimToken: "t",
    },
  });
  const writer = await bulkWriter();
  const result = await writer.commitBatch({
    importId: job.id,
    tenantId: tenant.tenantId,
    offerId: couponId,
    claimToken: "t",
    expectedProcessedRows: 0,
    codes,
    lines: codes.map((_, i) => i + 2),
    rejected: [],
    reportConflicts: true,
    processed: codes.length,
    checkpoint: null,
    now: new Date(),
  });
  if (!result.committed) throw new Error("the batch did not commit");
  return result.inserted;
}

describe("a coupon's code count", () => {
  it("follows imports, typed codes, plain inserts and deletes, and skips codes that already existed", async () => {
    const coupon = await makeCoupon(tenant.tenantId);
    const other = await makeCoupon(tenant.tenantId);
    const prefix = randomUUID().slice(0, 8).toUpperCase();
    const batch = Array.from({ length: 3_000 }, (_, i) => `${prefix}-${i}`);
    expect(await importBatch(coupon.id, batch)).toBe(3_000);
    expect(await counted(coupon.id)).toEqual({ kept: 3_000, recount: 3_000, shown: 3_000 });

    // Half the second batch exists already (ON CONFLICT DO NOTHING): only the new half counts.
    const second = [...batch.slice(0, 1_500), ...Array.from({ length: 500 }, (_, i) => `${prefix}-NEW-${i}`)];
    expect(await importBatch(coupon.id, second)).toBe(500);
    expect(await counted(coupon.id)).toEqual({ kept: 3_500, recount: 3_500, shown: 3_500 });

    await addCodes(tenant.actors.marketer, coupon.id, { codes: [`${prefix}-TYPED-1`, `${prefix}-TYPED-2`] });
    await db().couponCode.createMany({ data: [{ tenantId: tenant.tenantId, offerId: other.id, code: `${prefix}-OTHER` }] });
    await db().couponCode.deleteMany({ where: { tenantId: tenant.tenantId, offerId: coupon.id, code: { startsWith: `${prefix}-NEW-` } } });
    expect(await counted(coupon.id)).toEqual({ kept: 3_002, recount: 3_002, shown: 3_002 });
    expect(await counted(other.id)).toEqual({ kept: 1, recount: 1, shown: 1 });
  });
});
