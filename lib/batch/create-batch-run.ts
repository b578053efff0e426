// POST /batch-runs: streams the uploaded file of carts (multipart part `import`) into the database as
// UTF-8 text pieces while checking its size and its first line (the format), resolves the chosen drafts
// (multipart part `drafts`, a JSON array of versions), then creates the run and queues its job (contract
// §8). A file that cannot be a cart file (not UTF-8, an unknown CSV header, empty) is refused with 400
// before a run exists; over 100 MB: 413, nothing kept. Rows that do not parse are the job's business.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { actorLabel, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { BATCH_JOB_KIND } from "@/lib/batch/batch-job";
import { fileShape, MAX_BATCH_FILE_BYTES } from "@/lib/batch/parse-carts";
import { deleteFilePieces, insertRunRow, writeFilePiece } from "@/lib/batch/queries";
import { DraftsField, type StoredDrafts } from "@/lib/batch/schemas";
import { toRunView } from "@/lib/batch/views";
import type { BatchRunView } from "@/lib/batch/schemas";
import { multipartBoundary, readMultipart } from "@/lib/codes/multipart";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { kickJobRunner } from "@/lib/jobs/runner";
import { resolveDraftRefs } from "@/lib/versions/draft-offers";
import { parseOrThrow } from "@/lib/zod-issues";

/** Characters per stored piece: about 1 MiB of ASCII. */
const PIECE_CHARS = 1024 * 1024;
const MAX_DRAFTS_FIELD_BYTES = 64 * 1024;
const FRAMING_ALLOWANCE = 64 * 1024;

function fileName(raw: string | undefined): string {
  const base = (raw ?? "").split(/[\\/]/).pop() ?? "";
  const clean = base
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(0, 200);
  return clean || "carts";
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("payload_too_large", `The file is larger than the limit of ${maxBytes} bytes`, { details: { limitBytes: maxBytes } });
}

/** Decodes, pieces and stores the file as it streams; checks the first non-blank line once it is complete. */
class RunFileWriter {
  bytes = 0;
  format: "csv" | "jsonl" | null = null;
  private pending = "";
  private seq = 0;
  private head = "";
  private readonly decoder = new TextDecoder("utf-8", { fatal: true });

  constructor(
    readonly runId: string,
    private readonly maxBytes: number,
  ) {}

  async write(chunk: Uint8Array): Promise<void> {
    this.bytes += chunk.byteLength;
    if (this.bytes > this.maxBytes) throw tooLarge(this.maxBytes);
    await this.add(this.decode(chunk, true));
  }

  async finish(): Promise<void> {
    await this.add(this.decode(new Uint8Array(0), false));
    if (!this.format) this.checkHead(true);
    if (this.pending.length > 0) await this.flush();
  }

  private decode(chunk: Uint8Array, stream: boolean): string {
    try {
      return this.decoder.decode(chunk, { stream });
    } catch {
      throw AppError.field("import", "The file is not UTF-8 text; save it as UTF-8 and upload it again", "invalid_encoding");
    }
  }

  private async add(text: string): Promise<void> {
    if (!this.format) {
      this.head += text;
      this.checkHead(false);
    }
    this.pending += text;
    while (this.pending.length >= PIECE_CHARS) await this.flush();
  }

  /** The first non-blank line decides the format; a CSV whose header is wrong is refused now. */
  private checkHead(final: boolean): void {
    const lines = this.head.replace(/^\uFEFF/, "").split("\n");
    const complete = final ? lines : lines.slice(0, -1);
    const first = complete.find((l) => l.trim() !== "");
    if (first === undefined) {
      if (final) throw AppError.field("import", "The file has no carts (it is empty or blank)", "empty_file");
      if (this.head.length > 64 * 1024) throw AppError.field("import", "The first line is longer than 65536 characters", "invalid_file");
      return;
    }
    const shape = fileShape(first.replace(/\r$/, ""));
    if (!shape.ok) throw AppError.field("import", shape.message, "invalid_file");
    this.format = shape.format;
    this.head = "";
  }

  private async flush(): Promise<void> {
    const piece = this.pending.slice(0, PIECE_CHARS);
    this.pending = this.pending.slice(PIECE_CHARS);
    await writeFilePiece(this.runId, this.seq++, piece);
  }
}

/** Creates the run row over its stored file, audited, and queues its job, in one transaction. */
export async function queueBatchRun(
  actor: Actor,
  run: { id: string; fileName: string; fileBytes: number; format: "csv" | "jsonl"; drafts: StoredDrafts; source?: unknown },
): Promise<BatchRunView> {
  const { source, ...fields } = run;
  const row = await db().$transaction(async (tx) => {
    const created = await insertRunRow(tx, { ...fields, tenantId: actor.tenantId, createdBy: actorLabel(actor) });
    await recordAuditEvent(tx, actor, {
      action: "create",
      objectType: "batch_run",
      objectId: run.id,
      changes: {
        fileName: created.fileName,
        fileBytes: created.fileBytes,
        format: created.format,
        drafts: run.drafts,
        ...(source ? { source } : {}),
      },
    });
    await enqueueJob(tx, { kind: BATCH_JOB_KIND, tenantId: actor.tenantId, payload: { runId: run.id }, dedupKey: run.id });
    return created;
  });
  kickJobRunner();
  return toRunView(row);
}

async function resolveDrafts(tenantId: string, text: string | null): Promise<StoredDrafts> {
  if (text === null || text.trim() === "") return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw AppError.field("drafts", 'drafts must be a JSON array of versions, e.g. [{"kind":"promotion","id":"…"}]', "invalid_json");
  }
  // Wrapped, so each cause names its place in the field: drafts[0].kind.
  const { drafts: refs } = parseOrThrow(z.object({ drafts: DraftsField }), { drafts: value }, "The drafts are not valid");
  const overlays = await resolveDraftRefs(tenantId, refs);
  return overlays.map((o) => ({ kind: o.kind, id: o.offerId, number: o.number ?? 0 }));
}

export async function createBatchRun(actor: Actor, request: Request, maxBytes = MAX_BATCH_FILE_BYTES): Promise<BatchRunView> {
  const boundary = multipartBoundary(request.headers.get("content-type"));
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes + FRAMING_ALLOWANCE) throw tooLarge(maxBytes);
  const runId = randomUUID();
  const writer = new RunFileWriter(runId, maxBytes);
  let name: string | undefined;
  let files = 0;
  let draftsText: string | null = null;
  try {
    await readMultipart(request.body, boundary, (part) => {
      if (part.name === "drafts") {
        const chunks: Uint8Array[] = [];
        let size = 0;
        return {
          write(chunk) {
            size += chunk.byteLength;
            if (size > MAX_DRAFTS_FIELD_BYTES)
              throw AppError.field("drafts", `drafts must be at most ${MAX_DRAFTS_FIELD_BYTES} bytes`, "too_long");
            chunks.push(Uint8Array.prototype.slice.call(chunk));
          },
          end() {
            draftsText = Buffer.concat(chunks).toString("utf8");
          },
        };
      }
      if (part.name !== "import") return undefined;
      if (++files > 1) throw AppError.field("import", "Send one file per run", "too_many_files");
      name = fileName(part.filename);
      return { write: (chunk) => writer.write(chunk), end: () => writer.finish() };
    });
    if (files === 0) throw AppError.field("import", 'Send the file of carts in a multipart part named "import"', "required");
    const drafts = await resolveDrafts(actor.tenantId, draftsText);
    return await queueBatchRun(actor, {
      id: runId,
      fileName: name ?? "carts",
      fileBytes: writer.bytes,
      format: writer.format ?? "csv",
      drafts,
    });
  } catch (error) {
    await deleteFilePieces(runId).catch(() => undefined);
    throw error;
  }
}
