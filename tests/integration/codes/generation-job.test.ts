// Code generation jobs on a real database: exactly N distinct codes of the pattern, collisions
// regenerated, the last free codes of a nearly used-up pattern found, an impossible count refused.
import { describe, expect, it } from "vitest";
import { addCodes } from "@/lib/codes/add-codes";
import { createGenerationJob } from "@/lib/codes/create-generation-job";
import { runPendingImports } from "@/lib/codes/import-job";
import { getImportOrThrow } from "@/lib/codes/list-imports";
import { PatternInput } from "@/lib/codes/pattern";
import { db } from "@/lib/db/client";
import { makeCoupon } from "@/tests/support/codes";
import { failure, importJobSuite } from "@/tests/support/import-jobs";

const suite = importJobSuite();

describe("generation job", () => {
  it("generates exactly N distinct pattern-shaped codes, regenerating collisions", async () => {
    // 3 placeholders of 10 digits = 1,000 codes; 300 already exist, so collisions are all but certain
    // (0.7^50 for none), while every batch still finds free codes: a space nearly used up would make a
    // run of fruitless batches, and so the "pattern ran out" failure, a matter of chance.
    const existing = Array.from({ length: 300 }, (_, i) => `G-${String(i * 3).padStart(3, "0")}`);
    await addCodes(suite.tenant.actors.marketer, (await makeCoupon(suite.tenant.tenantId)).id, { codes: existing });
    const job = await createGenerationJob(
      suite.tenant.actors.marketer,
      suite.couponId,
      PatternInput.parse({ count: 50, pattern: "G-###", charset: "numbers" }),
    );
    expect(job).toMatchObject({ kind: "generate", status: "queued", totalRows: 50, fileName: "G-### × 50" });
    await runPendingImports({ batchSize: 16 });
    expect(await getImportOrThrow(suite.tenant.tenantId, suite.couponId, job.id)).toMatchObject({
      status: "completed",
      importedCount: 50,
      processedRows: 50,
      rejectedCount: 0,
    });
    const codes = await db().couponCode.findMany({ where: { offerId: suite.couponId } });
    expect(codes).toHaveLength(50);
    for (const c of codes) expect(c.code).toMatch(/^G-\d{3}$/);
    expect(codes.some((c) => existing.includes(c.code))).toBe(false);
  });

  it("finds the last free codes of a nearly used-up pattern instead of giving up by chance", async () => {
    // 100 possible codes, 45 taken: the job must find 50 of the 55 free ones, the last few among 95 taken.
    const taken = Array.from({ length: 45 }, (_, i) => `N-${String(i * 2).padStart(2, "0")}`);
    await addCodes(suite.tenant.actors.marketer, (await makeCoupon(suite.tenant.tenantId)).id, { codes: taken });
    const coupon = await makeCoupon(suite.tenant.tenantId);
    const job = await createGenerationJob(
      suite.tenant.actors.marketer,
      coupon.id,
      PatternInput.parse({ count: 50, pattern: "N-##", charset: "numbers" }),
    );
    await runPendingImports({ batchSize: 16 });
    expect(await getImportOrThrow(suite.tenant.tenantId, coupon.id, job.id)).toMatchObject({
      status: "completed",
      importedCount: 50,
      processedRows: 50,
    });
    const codes = await db().couponCode.findMany({ where: { offerId: coupon.id } });
    expect(new Set(codes.map((c) => c.code)).size).toBe(50);
    expect(codes.some((c) => taken.includes(c.code))).toBe(false);
  });

  it("refuses what the pattern cannot satisfy and writes nothing", async () => {
    const error = await failure(
      createGenerationJob(
        suite.tenant.actors.marketer,
        suite.couponId,
        PatternInput.parse({ count: 51, pattern: "G-##", charset: "numbers" }),
      ),
    );
    expect(error.causes[0]).toMatchObject({ field: "count", code: "too_big" });
    expect(await db().codeImport.count({ where: { offerId: suite.couponId } })).toBe(0);
  });
});
