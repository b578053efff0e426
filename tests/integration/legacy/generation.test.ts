// Generating many legacy coupons at once: in one transaction up to 1,000, as a job of the one runner with
// progress above; each code matches the pattern, is new in the tenant and carries max_redemptions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeBulkWriter } from "@/lib/codes/bulk-writer";
import { db } from "@/lib/db/client";
import { registerJobHandlers } from "@/lib/jobs/registry";
import { disableBackgroundJobRunner, runPendingJobs } from "@/lib/jobs/runner";
import { compileCodePattern, matchesCodePattern } from "@/lib/legacy/code-pattern";
import { deleteCouponDefinition } from "@/lib/legacy/delete-coupon-definition";
import { generateLegacyCoupons } from "@/lib/legacy/generate-legacy-coupons";
import { LEGACY_GENERATION_JOB_KIND, legacyGenerationJobHandler, setLegacyGenerationBatchSize } from "@/lib/legacy/legacy-generation-job";
import { makeDefinition } from "@/tests/factories/legacy";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant } from "@/tests/factories/tenant";

beforeAll(() => {
  disableBackgroundJobRunner();
  registerJobHandlers([legacyGenerationJobHandler]);
  setLegacyGenerationBatchSize(700);
});
afterAll(async () => {
  setLegacyGenerationBatchSize(undefined);
  await closeBulkWriter();
});

const runJobs = () => runPendingJobs({ kinds: [LEGACY_GENERATION_JOB_KIND] });

async function codesOf(tenantId: string, templateId: string) {
  return db().couponCode.findMany({ where: { tenantId, offerId: templateId }, select: { code: true, maxRedemptions: true, active: true } });
}

describe("generating legacy coupons", () => {
  it("makes up to 1,000 at once, inside the pattern and around the tenant's v1 codes", async () => {
    const t = await makeTenant();
    await makeOffer(t.tenantId, { family: "coupon", category: { kind: "CartLevelFixed", discount: 1 }, codes: ["G-A0", "G-B5"] });
    const definition = await makeDefinition(t.actors.marketer, { pattern: "G-[A-Z][0-9]", max_redemptions: 4 });
    const result = await generateLegacyCoupons(t.actors.marketer, definition.id, 258);
    expect(result).toMatchObject({ created: 258, job: null });
    const codes = await codesOf(t.tenantId, definition.id);
    expect(codes).toHaveLength(258);
    const pattern = (compileCodePattern("G-[A-Z][0-9]") as { ok: true; pattern: Parameters<typeof matchesCodePattern>[0] }).pattern;
    expect(codes.every((c) => matchesCodePattern(pattern, c.code) && c.maxRedemptions === 4 && c.active)).toBe(true);
    expect(codes.map((c) => c.code)).not.toContain("G-A0");
    // 260 codes in the pattern, 2 held by v1 and 258 by coupons: nothing is left.
    await expect(generateLegacyCoupons(t.actors.marketer, definition.id, 1)).rejects.toMatchObject({ code: "conflict" });
  });

  it("makes exactly 1,000 at once, the most one request writes without a job", async () => {
    const t = await makeTenant();
    const definition = await makeDefinition(t.actors.marketer, { pattern: "K[A-Z0-9]{7}" });
    expect(await generateLegacyCoupons(t.actors.marketer, definition.id, 1_000)).toMatchObject({ created: 1_000, job: null });
    expect(new Set((await codesOf(t.tenantId, definition.id)).map((c) => c.code)).size).toBe(1_000);
  });

  it("runs a job with progress above 1,000, resumable batch by batch", async () => {
    const t = await makeTenant();
    const definition = await makeDefinition(t.actors.marketer, { pattern: "J[A-Z0-9]{6}", max_redemptions: 2 });
    const started = await generateLegacyCoupons(t.actors.marketer, definition.id, 2_500);
    expect(started.job).toMatchObject({ status: "queued", totalRows: 2_500, processedRows: 0, kind: "generate" });
    expect(await runJobs()).toBe(1);
    const job = await db().codeImport.findUniqueOrThrow({ where: { id: started.job!.id } });
    expect(job).toMatchObject({ status: "completed", processedRows: 2_500, importedCount: 2_500 });
    const codes = await codesOf(t.tenantId, definition.id);
    expect(new Set(codes.map((c) => c.code)).size).toBe(2_500);
    expect(codes.every((c) => /^J[A-Z0-9]{6}$/.test(c.code) && c.maxRedemptions === 2)).toBe(true);
  });

  it("refuses counts out of range or beyond the pattern before writing anything, and fails a job whose definition went", async () => {
    const t = await makeTenant();
    const small = await makeDefinition(t.actors.marketer, { pattern: "S[0-9]{3}" });
    await expect(generateLegacyCoupons(t.actors.marketer, small.id, 1_001)).rejects.toMatchObject({ code: "conflict" });
    await expect(generateLegacyCoupons(t.actors.marketer, small.id, 0)).rejects.toMatchObject({ code: "validation_failed" });
    expect(await db().couponCode.count({ where: { tenantId: t.tenantId } })).toBe(0);

    const doomed = await makeDefinition(t.actors.marketer, { pattern: "D[A-Z]{5}" });
    const started = await generateLegacyCoupons(t.actors.marketer, doomed.id, 1_500);
    await deleteCouponDefinition(t.actors.marketer, doomed.id);
    await runJobs();
    expect(await db().codeImport.findUniqueOrThrow({ where: { id: started.job!.id } })).toMatchObject({ status: "failed" });
    expect(await db().couponCode.count({ where: { tenantId: t.tenantId, offerId: doomed.id } })).toBe(0);
  });
});
