// Import job claims on a real database: one claimer wins, a stale job is taken over and the worker that
// lost it is fenced, and a job that keeps failing (or whose coupon is archived) ends failed.
import { describe, expect, it } from "vitest";
import { bulkWriter } from "@/lib/codes/bulk-writer";
import { processImport, runPendingImports } from "@/lib/codes/import-job";
import { claimNextImport, IMPORT_JOB_KIND, MAX_ATTEMPTS, STALE_AFTER_MS } from "@/lib/codes/import-jobs";
import { getImportOrThrow } from "@/lib/codes/list-imports";
import { db } from "@/lib/db/client";
import { importJobSuite } from "@/tests/support/import-jobs";

const suite = importJobSuite();
const { upload } = suite;

describe("claims", () => {
  it("gives a queued job to exactly one of many concurrent claimers", async () => {
    const job = await upload("CLAIM-1\nCLAIM-2");
    const claims = await Promise.all(Array.from({ length: 8 }, () => claimNextImport()));
    const winners = claims.filter((c) => c?.id === job.id);
    expect(winners).toHaveLength(1);
    await processImport(winners[0]!);
    expect(await getImportOrThrow(suite.tenant.tenantId, suite.couponId, job.id)).toMatchObject({ status: "completed", importedCount: 2 });
  });

  it("lets a stale job be taken over, and fences the worker that lost it", async () => {
    const job = await upload(Array.from({ length: 10 }, (_, i) => `STALE-${i}`).join("\n"));
    const first = (await claimNextImport())!;
    expect(first.id).toBe(job.id);
    expect(await claimNextImport()).toBeNull();
    // The first worker stops heart-beating (it hangs or dies): after STALE_AFTER_MS another may claim.
    await db().job.update({ where: { id: first.job.id }, data: { heartbeatAt: new Date(Date.now() - STALE_AFTER_MS - 1000) } });
    const second = (await claimNextImport())!;
    expect(second).toMatchObject({ id: job.id, attempts: 2 });
    const writer = await bulkWriter();
    const stale = await writer.commitBatch({
      importId: job.id,
      tenantId: suite.tenant.tenantId,
      offerId: suite.couponId,
      claimToken: first.claimToken,
      expectedProcessedRows: 0,
      codes: ["ZOMBIE"],
      lines: [1],
      rejected: [],
      reportConflicts: true,
      processed: 1,
      checkpoint: { offset: 8, line: 2 },
      now: new Date(),
    });
    expect(stale).toEqual({ committed: false });
    expect(await db().couponCode.count({ where: { tenantId: suite.tenant.tenantId, code: "ZOMBIE" } })).toBe(0);
    await processImport(second);
    expect(await getImportOrThrow(suite.tenant.tenantId, suite.couponId, job.id)).toMatchObject({
      status: "completed",
      importedCount: 10,
      processedRows: 10,
    });
  });

  it("limits each batch's codes by the coupon's singleUse as it stands when the batch commits", async () => {
    const job = await upload("LIMIT-1\nLIMIT-2");
    const claim = (await claimNextImport())!;
    expect(claim.id).toBe(job.id);
    const writer = await bulkWriter();
    const batch = (code: string, expectedProcessedRows: number) =>
      writer.commitBatch({
        importId: job.id,
        tenantId: suite.tenant.tenantId,
        offerId: suite.couponId,
        claimToken: claim.claimToken,
        expectedProcessedRows,
        codes: [code],
        lines: [expectedProcessedRows + 1],
        rejected: [],
        reportConflicts: true,
        processed: 1,
        checkpoint: { offset: 8 * (expectedProcessedRows + 1), line: expectedProcessedRows + 2 },
        now: new Date(),
      });
    expect(await batch("LIMIT-1", 0)).toMatchObject({ committed: true, inserted: 1 });
    // The marketer switches singleUse off while the import runs (the offer update re-limits existing codes itself).
    await db().offer.update({ where: { id: suite.couponId }, data: { singleUse: false } });
    try {
      expect(await batch("LIMIT-2", 1)).toMatchObject({ committed: true, inserted: 1 });
      const limits = await db().couponCode.findMany({
        where: { tenantId: suite.tenant.tenantId, code: { in: ["LIMIT-1", "LIMIT-2"] } },
        orderBy: { code: "asc" },
        select: { code: true, maxRedemptions: true },
      });
      expect(limits).toEqual([
        { code: "LIMIT-1", maxRedemptions: 1 },
        { code: "LIMIT-2", maxRedemptions: null },
      ]);
    } finally {
      await db().offer.update({ where: { id: suite.couponId }, data: { singleUse: true } });
    }
    await db().codeImport.update({ where: { id: job.id }, data: { status: "completed" } });
  });

  it("fails a job that keeps getting interrupted instead of retrying forever", async () => {
    const job = await upload("LOOP-1");
    await db().job.update({ where: { kind_dedupKey: { kind: IMPORT_JOB_KIND, dedupKey: job.id } }, data: { attempts: MAX_ATTEMPTS } });
    await runPendingImports();
    const failed = await getImportOrThrow(suite.tenant.tenantId, suite.couponId, job.id);
    expect(failed.status).toBe("failed");
    expect(failed.failureReason).toMatch(/interrupted/);
  });

  it("fails a job whose coupon was archived while it waited", async () => {
    const job = await upload("ARCH-1");
    await db().offer.update({ where: { id: suite.couponId }, data: { archivedAt: new Date() } });
    await runPendingImports();
    const row = await db().codeImport.findUniqueOrThrow({ where: { id: job.id } });
    expect(row.status).toBe("failed");
    expect(row.failureReason).toMatch(/archived/);
  });
});
