// CSV import and generation jobs end to end on a real database: upload → queued job → worker → counts,
// error report, exactly-once on re-upload, exclusive claims, fencing of a worker that lost its claim.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { addCodes } from "@/lib/codes/add-codes";
import { bulkWriter, closeBulkWriter } from "@/lib/codes/bulk-writer";
import { createCodeImport } from "@/lib/codes/create-code-import";
import { createGenerationJob } from "@/lib/codes/create-generation-job";
import { processImport, runPendingImports } from "@/lib/codes/import-job";
import { claimNextImport, IMPORT_JOB_KIND, MAX_ATTEMPTS, STALE_AFTER_MS } from "@/lib/codes/import-jobs";
import { getImportOrThrow } from "@/lib/codes/list-imports";
import { PatternInput } from "@/lib/codes/pattern";
import { streamImportErrorsCsv } from "@/lib/codes/stream-csv";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { disableBackgroundJobRunner } from "@/lib/jobs/runner";
import { makeCoupon, readStream, uploadRequest } from "@/tests/support/codes";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";

let tenant: TestTenant;
let couponId: string;

beforeAll(async () => {
  disableBackgroundJobRunner();
  tenant = await makeTenant();
});
beforeEach(async () => {
  // Jobs left queued by a failing test must not leak into the next one.
  await db().codeImport.updateMany({ where: { status: { in: ["queued", "processing"] } }, data: { status: "failed", claimToken: null } });
  await db().job.updateMany({ where: { kind: IMPORT_JOB_KIND, status: { in: ["queued", "running"] } }, data: { status: "cancelled" } });
  couponId = (await makeCoupon(tenant.tenantId, { singleUse: true })).id;
});
afterAll(closeBulkWriter);

const upload = (
  content: string | Uint8Array,
  options: Parameters<typeof uploadRequest>[1] = {},
  limits?: { maxFileBytes: number; maxRows: number },
) => createCodeImport(tenant.actors.marketer, couponId, uploadRequest(content, options), limits);

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function errorsCsv(importId: string): Promise<string[][]> {
  const text = await readStream(streamImportErrorsCsv(importId));
  return text
    .trim()
    .split("\r\n")
    .map((line) => line.split(","));
}

const GOOD_AND_BAD = [
  "\uFEFFcode,comment",
  "GOOD-1,first",
  "  GOOD-2  ",
  "",
  "BAD CODE",
  "X".repeat(65),
  ",empty",
  "GOOD-1",
  "TAKEN",
  "=CMD",
  "GOOD-3",
].join("\r\n");

describe("CSV import job", () => {
  it("queues the upload with its row count, then imports valid rows and reports the rest", async () => {
    await addCodes(tenant.actors.marketer, (await makeCoupon(tenant.tenantId)).id, { codes: ["TAKEN"] });
    const queued = await upload(GOOD_AND_BAD, { pieceSize: 5 });
    expect(queued).toMatchObject({ status: "queued", kind: "csv", totalRows: 9, processedRows: 0, fileName: "codes.csv" });
    expect(await db().codeImportChunk.count({ where: { importId: queued.id } })).toBe(1);

    expect(await runPendingImports({ batchSize: 3 })).toBe(1);
    const done = await getImportOrThrow(tenant.tenantId, couponId, queued.id);
    expect(done).toMatchObject({ status: "completed", totalRows: 9, processedRows: 9, importedCount: 3, rejectedCount: 6 });
    expect(done.startedAt).not.toBeNull();
    expect(done.finishedAt).not.toBeNull();
    expect(await errorsCsv(queued.id)).toEqual([
      ["row", "code", "reason"],
      ["5", "BAD CODE", "invalid_characters"],
      ["6", "X".repeat(65), "too_long"],
      ["7", "", "empty"],
      ["8", "GOOD-1", "duplicate_in_file"],
      ["9", "TAKEN", "already_exists"],
      ["10", "'=CMD", "invalid_characters"],
    ]);
    const codes = await db().couponCode.findMany({ where: { offerId: couponId }, orderBy: { code: "asc" } });
    expect(codes.map((c) => [c.code, c.importId, c.maxRedemptions])).toEqual([
      ["GOOD-1", queued.id, 1],
      ["GOOD-2", queued.id, 1],
      ["GOOD-3", queued.id, 1],
    ]);
    // Ids are UUIDv7, distinct, and ascend with the code within a batch (the batch is written in code order).
    for (const c of codes) expect(c.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(codes.map((c) => c.id)).toEqual(codes.map((c) => c.id).sort());
    expect(new Set(codes.map((c) => c.id)).size).toBe(3);
    // The stored file is gone once the job is over; the audit log has the start and the end.
    expect(await db().codeImportChunk.count({ where: { importId: queued.id } })).toBe(0);
    const audit = await db().auditEvent.findMany({
      where: { tenantId: tenant.tenantId, objectType: "code_import", objectId: queued.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["create", "complete"]);
  });

  it("imports every code exactly once when the same file is uploaded again", async () => {
    const file = Array.from({ length: 250 }, (_, i) => `AGAIN-${i}`).join("\n");
    const first = await upload(file);
    await runPendingImports({ batchSize: 40 });
    const second = await upload(file);
    await runPendingImports({ batchSize: 40 });
    expect(await getImportOrThrow(tenant.tenantId, couponId, first.id)).toMatchObject({
      status: "completed",
      importedCount: 250,
      rejectedCount: 0,
    });
    expect(await getImportOrThrow(tenant.tenantId, couponId, second.id)).toMatchObject({
      status: "completed",
      importedCount: 0,
      rejectedCount: 250,
    });
    const reasons = new Set((await errorsCsv(second.id)).slice(1).map((r) => r[2]));
    expect([...reasons]).toEqual(["already_exists"]);
    expect(await db().couponCode.count({ where: { tenantId: tenant.tenantId, code: { startsWith: "AGAIN-" } } })).toBe(250);
  });

  it("reports a repeat of an earlier batch's code as duplicate_in_file", async () => {
    const job = await upload(["DUP-A", "DUP-B", "DUP-C", "DUP-A", "DUP-B"].join("\n"));
    await runPendingImports({ batchSize: 2 });
    expect(await getImportOrThrow(tenant.tenantId, couponId, job.id)).toMatchObject({ importedCount: 3, rejectedCount: 2 });
    expect((await errorsCsv(job.id)).slice(1)).toEqual([
      ["4", "DUP-A", "duplicate_in_file"],
      ["5", "DUP-B", "duplicate_in_file"],
    ]);
  });

  it("keeps the first of repeats within one batch, whatever their order, and reports the later rows", async () => {
    const job = await upload(["IN-Z", "IN-A", "IN-Z", "IN-M", "IN-A", "IN-Z"].join("\n"));
    await runPendingImports({ batchSize: 100 });
    expect(await getImportOrThrow(tenant.tenantId, couponId, job.id)).toMatchObject({
      status: "completed",
      importedCount: 3,
      rejectedCount: 3,
    });
    expect((await errorsCsv(job.id)).slice(1)).toEqual([
      ["3", "IN-Z", "duplicate_in_file"],
      ["5", "IN-A", "duplicate_in_file"],
      ["6", "IN-Z", "duplicate_in_file"],
    ]);
    const codes = await db().couponCode.findMany({
      where: { offerId: couponId },
      orderBy: { code: "asc" },
      select: { code: true, importId: true },
    });
    expect(codes).toEqual([
      { code: "IN-A", importId: job.id },
      { code: "IN-M", importId: job.id },
      { code: "IN-Z", importId: job.id },
    ]);
  });
});

describe("upload checks", () => {
  it("answers 413 over the size limit and keeps nothing", async () => {
    const before = await db().codeImportChunk.count();
    const error = await failure(upload("A1\n".repeat(5000), { pieceSize: 1000 }, { maxFileBytes: 4096, maxRows: 1000 }));
    expect(error.status).toBe(413);
    expect(error.message).toContain("4096");
    expect(await db().codeImportChunk.count()).toBe(before);
  });

  it("answers 413 over the row limit", async () => {
    const error = await failure(upload(Array.from({ length: 20 }, (_, i) => `R${i}`).join("\n"), {}, { maxFileBytes: 1e6, maxRows: 10 }));
    expect(error.status).toBe(413);
    expect(error.message).toContain("10 rows");
  });

  it("answers 415 for a body that is not multipart", async () => {
    expect((await failure(upload("A1", { contentType: "text/csv" }))).status).toBe(415);
  });

  it("answers 400 without an `import` part, for binary files, empty files and header-only files", async () => {
    const cases: [string | Uint8Array, Parameters<typeof uploadRequest>[1], string][] = [
      ["A1", { field: "file" }, "required"],
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2]), {}, "binary"],
      ["A1\nB\u0000C\n", {}, "binary"],
      ["<html><body>hi</body></html>", {}, "not_csv"],
      ["", {}, "empty_file"],
      ["code\r\n\r\n", {}, "no_rows"],
    ];
    for (const [content, options, code] of cases) {
      const error = await failure(upload(content, options));
      expect(error.status, code).toBe(400);
      expect(error.causes[0], code).toMatchObject({ field: "import", code });
    }
    expect(await db().codeImport.count({ where: { offerId: couponId } })).toBe(0);
  });
});

describe("claims", () => {
  it("gives a queued job to exactly one of many concurrent claimers", async () => {
    const job = await upload("CLAIM-1\nCLAIM-2");
    const claims = await Promise.all(Array.from({ length: 8 }, () => claimNextImport()));
    const winners = claims.filter((c) => c?.id === job.id);
    expect(winners).toHaveLength(1);
    await processImport(winners[0]!);
    expect(await getImportOrThrow(tenant.tenantId, couponId, job.id)).toMatchObject({ status: "completed", importedCount: 2 });
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
      tenantId: tenant.tenantId,
      offerId: couponId,
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
    expect(await db().couponCode.count({ where: { tenantId: tenant.tenantId, code: "ZOMBIE" } })).toBe(0);
    await processImport(second);
    expect(await getImportOrThrow(tenant.tenantId, couponId, job.id)).toMatchObject({
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
        tenantId: tenant.tenantId,
        offerId: couponId,
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
    await db().offer.update({ where: { id: couponId }, data: { singleUse: false } });
    try {
      expect(await batch("LIMIT-2", 1)).toMatchObject({ committed: true, inserted: 1 });
      const limits = await db().couponCode.findMany({
        where: { tenantId: tenant.tenantId, code: { in: ["LIMIT-1", "LIMIT-2"] } },
        orderBy: { code: "asc" },
        select: { code: true, maxRedemptions: true },
      });
      expect(limits).toEqual([
        { code: "LIMIT-1", maxRedemptions: 1 },
        { code: "LIMIT-2", maxRedemptions: null },
      ]);
    } finally {
      await db().offer.update({ where: { id: couponId }, data: { singleUse: true } });
    }
    await db().codeImport.update({ where: { id: job.id }, data: { status: "completed" } });
  });

  it("fails a job that keeps getting interrupted instead of retrying forever", async () => {
    const job = await upload("LOOP-1");
    await db().job.update({ where: { kind_dedupKey: { kind: IMPORT_JOB_KIND, dedupKey: job.id } }, data: { attempts: MAX_ATTEMPTS } });
    await runPendingImports();
    const failed = await getImportOrThrow(tenant.tenantId, couponId, job.id);
    expect(failed.status).toBe("failed");
    expect(failed.failureReason).toMatch(/interrupted/);
  });

  it("fails a job whose coupon was archived while it waited", async () => {
    const job = await upload("ARCH-1");
    await db().offer.update({ where: { id: couponId }, data: { archivedAt: new Date() } });
    await runPendingImports();
    const row = await db().codeImport.findUniqueOrThrow({ where: { id: job.id } });
    expect(row.status).toBe("failed");
    expect(row.failureReason).toMatch(/archived/);
  });
});

describe("generation job", () => {
  it("generates exactly N distinct pattern-shaped codes, regenerating collisions", async () => {
    // 3 placeholders of 10 digits = 1,000 codes; 300 already exist, so collisions are all but certain
    // (0.7^50 for none), while every batch still finds free codes: a space nearly used up would make a
    // run of fruitless batches, and so the "pattern ran out" failure, a matter of chance.
    const existing = Array.from({ length: 300 }, (_, i) => `G-${String(i * 3).padStart(3, "0")}`);
    await addCodes(tenant.actors.marketer, (await makeCoupon(tenant.tenantId)).id, { codes: existing });
    const job = await createGenerationJob(
      tenant.actors.marketer,
      couponId,
      PatternInput.parse({ count: 50, pattern: "G-###", charset: "numbers" }),
    );
    expect(job).toMatchObject({ kind: "generate", status: "queued", totalRows: 50, fileName: "G-### × 50" });
    await runPendingImports({ batchSize: 16 });
    expect(await getImportOrThrow(tenant.tenantId, couponId, job.id)).toMatchObject({
      status: "completed",
      importedCount: 50,
      processedRows: 50,
      rejectedCount: 0,
    });
    const codes = await db().couponCode.findMany({ where: { offerId: couponId } });
    expect(codes).toHaveLength(50);
    for (const c of codes) expect(c.code).toMatch(/^G-\d{3}$/);
    expect(codes.some((c) => existing.includes(c.code))).toBe(false);
  });

  it("finds the last free codes of a nearly used-up pattern instead of giving up by chance", async () => {
    // 100 possible codes, 45 taken: the job must find 50 of the 55 free ones, the last few among 95 taken.
    const taken = Array.from({ length: 45 }, (_, i) => `N-${String(i * 2).padStart(2, "0")}`);
    await addCodes(tenant.actors.marketer, (await makeCoupon(tenant.tenantId)).id, { codes: taken });
    const coupon = await makeCoupon(tenant.tenantId);
    const job = await createGenerationJob(
      tenant.actors.marketer,
      coupon.id,
      PatternInput.parse({ count: 50, pattern: "N-##", charset: "numbers" }),
    );
    await runPendingImports({ batchSize: 16 });
    expect(await getImportOrThrow(tenant.tenantId, coupon.id, job.id)).toMatchObject({
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
      createGenerationJob(tenant.actors.marketer, couponId, PatternInput.parse({ count: 51, pattern: "G-##", charset: "numbers" })),
    );
    expect(error.causes[0]).toMatchObject({ field: "count", code: "too_big" });
    expect(await db().codeImport.count({ where: { offerId: couponId } })).toBe(0);
  });
});
