// POST /coupons/{id}/codes/imports: streams the multipart upload into the database piece by piece while
// counting and sanity-checking rows, then queues the job (contract §3). Files that cannot be a CSV of codes
// are refused with 400 before a job exists; so are empty files and files without a single code row
// (a job that could only ever import nothing helps nobody). Over the size or row limit: 413, nothing kept.
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { actorLabel } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { CsvUploadInspector, NotCsvError } from "@/lib/codes/csv-rows";
import { getCouponForCodes } from "@/lib/codes/get-coupon-for-codes";
import { deleteImportFile, ImportFileWriter } from "@/lib/codes/import-file-store";
import { enqueueImportJob, type JobActor } from "@/lib/codes/import-jobs";
import { kickJobRunner } from "@/lib/jobs/runner";
import { multipartBoundary, readMultipart } from "@/lib/codes/multipart";
import { toImportView, type CodeImportView } from "@/lib/codes/views";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

const PIECE_BYTES = 64 * 1024;
/** Room for the multipart framing around the file when comparing Content-Length with the file limit. */
const FRAMING_ALLOWANCE = 64 * 1024;

export type UploadLimits = { maxFileBytes: number; maxRows: number };

function fileName(raw: string | undefined): string {
  // Browsers send a base name; other clients may send a path. Keep the last segment, printable, bounded.
  const base = (raw ?? "").split(/[\\/]/).pop() ?? "";
  const clean = base
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(0, 200);
  return clean || "import.csv";
}

function tooLarge(message: string, details: Record<string, unknown>): AppError {
  return new AppError("payload_too_large", message, { details });
}

export async function createCodeImport(
  actor: Actor,
  couponId: string,
  request: Request,
  limits: UploadLimits = { maxFileBytes: env().IMPORT_MAX_FILE_BYTES, maxRows: env().IMPORT_MAX_ROWS },
): Promise<CodeImportView> {
  const coupon = await getCouponForCodes(actor.tenantId, couponId);
  const boundary = multipartBoundary(request.headers.get("content-type"));
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limits.maxFileBytes + FRAMING_ALLOWANCE)
    throw tooLarge(`The file is larger than the limit of ${limits.maxFileBytes} bytes`, { limitBytes: limits.maxFileBytes });

  const importId = randomUUID();
  const writer = new ImportFileWriter(importId);
  const inspector = new CsvUploadInspector();
  let name: string | undefined;
  let parts = 0;
  let received = 0;
  try {
    await readMultipart(request.body, boundary, (part) => {
      if (part.name !== "import") return undefined;
      if (++parts > 1) throw AppError.field("import", "Send one file per import", "too_many_files");
      name = fileName(part.filename);
      // Network reads can be tiny; gather them so parsing and storing work on sizeable pieces.
      let pending: Uint8Array[] = [];
      let pendingBytes = 0;
      const take = async () => {
        const piece = Buffer.concat(pending, pendingBytes);
        pending = [];
        pendingBytes = 0;
        inspector.push(piece);
        if (inspector.rows > limits.maxRows)
          throw tooLarge(`The file has more than the limit of ${limits.maxRows} rows`, { limitRows: limits.maxRows });
        await writer.write(piece);
      };
      return {
        write: async (chunk) => {
          received += chunk.byteLength;
          if (received > limits.maxFileBytes)
            throw tooLarge(`The file is larger than the limit of ${limits.maxFileBytes} bytes`, { limitBytes: limits.maxFileBytes });
          pending.push(Uint8Array.prototype.slice.call(chunk));
          pendingBytes += chunk.byteLength;
          if (pendingBytes >= PIECE_BYTES) await take();
        },
        end: async () => {
          if (pendingBytes > 0) await take();
        },
      };
    });
    if (parts === 0) throw AppError.field("import", 'Send the CSV file in a multipart part named "import"', "required");
    const { rows } = inspector.end();
    if (writer.bytes === 0) throw AppError.field("import", "The file is empty", "empty_file");
    if (rows === 0) throw AppError.field("import", "The file has no code rows (only a header or blank lines)", "no_rows");
    await writer.finish();

    const jobActor: JobActor = { type: actor.type, id: actor.id, name: actor.name, role: actor.role };
    const row = await db().$transaction(async (tx) => {
      const created = await tx.codeImport.create({
        data: {
          id: importId,
          tenantId: actor.tenantId,
          offerId: coupon.id,
          kind: "csv",
          status: "queued",
          fileName: name ?? "import.csv",
          fileBytes: writer.bytes,
          totalRows: rows,
          createdBy: actorLabel(actor),
          options: { actor: jobActor },
        },
      });
      await recordAuditEvent(tx, actor, {
        action: "create",
        objectType: "code_import",
        objectId: importId,
        changes: { couponId: coupon.id, kind: "csv", fileName: created.fileName, fileBytes: created.fileBytes, totalRows: rows },
      });
      await enqueueImportJob(tx, actor.tenantId, created.id);
      return created;
    });
    kickJobRunner();
    return toImportView(row);
  } catch (error) {
    await deleteImportFile(importId).catch(() => undefined);
    if (error instanceof NotCsvError) throw AppError.field("import", error.message, error.reason);
    throw error;
  }
}
