// CSV import jobs end to end on a real database: upload → queued job → worker → counts, the error
// report, exactly-once on re-upload, and the checks an upload must pass. Claims and fencing:
// import-claims.test.ts; generated codes: generation-job.test.ts.
import { describe, expect, it } from "vitest";
import { addCodes } from "@/lib/codes/add-codes";
import { runPendingImports } from "@/lib/codes/import-job";
import { getImportOrThrow } from "@/lib/codes/list-imports";
import { streamImportErrorsCsv } from "@/lib/codes/stream-csv";
import { db } from "@/lib/db/client";
import { makeCoupon, readStream, uploadRequest } from "@/tests/support/codes";
import { failure, importJobSuite } from "@/tests/support/import-jobs";

const suite = importJobSuite();
const { upload } = suite;

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
    await addCodes(suite.tenant.actors.marketer, (await makeCoupon(suite.tenant.tenantId)).id, { codes: ["TAKEN"] });
    const queued = await upload(GOOD_AND_BAD, { pieceSize: 5 });
    expect(queued).toMatchObject({ status: "queued", kind: "csv", totalRows: 9, processedRows: 0, fileName: "codes.csv" });
    expect(await db().codeImportChunk.count({ where: { importId: queued.id } })).toBe(1);

    expect(await runPendingImports({ batchSize: 3 })).toBe(1);
    const done = await getImportOrThrow(suite.tenant.tenantId, suite.couponId, queued.id);
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
    const codes = await db().couponCode.findMany({ where: { offerId: suite.couponId }, orderBy: { code: "asc" } });
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
      where: { tenantId: suite.tenant.tenantId, objectType: "code_import", objectId: queued.id },
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
    expect(await getImportOrThrow(suite.tenant.tenantId, suite.couponId, first.id)).toMatchObject({
      status: "completed",
      importedCount: 250,
      rejectedCount: 0,
    });
    expect(await getImportOrThrow(suite.tenant.tenantId, suite.couponId, second.id)).toMatchObject({
      status: "completed",
      importedCount: 0,
      rejectedCount: 250,
    });
    const reasons = new Set((await errorsCsv(second.id)).slice(1).map((r) => r[2]));
    expect([...reasons]).toEqual(["already_exists"]);
    expect(await db().couponCode.count({ where: { tenantId: suite.tenant.tenantId, code: { startsWith: "AGAIN-" } } })).toBe(250);
  });

  it("reports a repeat of an earlier batch's code as duplicate_in_file", async () => {
    const job = await upload(["DUP-A", "DUP-B", "DUP-C", "DUP-A", "DUP-B"].join("\n"));
    await runPendingImports({ batchSize: 2 });
    expect(await getImportOrThrow(suite.tenant.tenantId, suite.couponId, job.id)).toMatchObject({ importedCount: 3, rejectedCount: 2 });
    expect((await errorsCsv(job.id)).slice(1)).toEqual([
      ["4", "DUP-A", "duplicate_in_file"],
      ["5", "DUP-B", "duplicate_in_file"],
    ]);
  });

  it("keeps the first of repeats within one batch, whatever their order, and reports the later rows", async () => {
    const job = await upload(["IN-Z", "IN-A", "IN-Z", "IN-M", "IN-A", "IN-Z"].join("\n"));
    await runPendingImports({ batchSize: 100 });
    expect(await getImportOrThrow(suite.tenant.tenantId, suite.couponId, job.id)).toMatchObject({
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
      where: { offerId: suite.couponId },
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
    expect(await db().codeImport.count({ where: { offerId: suite.couponId } })).toBe(0);
  });
});
