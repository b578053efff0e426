// The uploaded CSV lives in the database (CodeImportChunk), in fixed-size pieces: every app instance
// shares the database, so whichever instance claims the job (or resumes it after a crash) can read the
// file, with no shared disk or object store to run. Pieces are written as the upload streams in and read
// back one at a time, so neither side holds the whole file. Pieces are written and read over the bulk
// writer's driver connection (see bulk-writer.ts for why not Prisma).
import { bulkWriter } from "@/lib/codes/bulk-writer";
import { db, type Tx } from "@/lib/db/client";

/** Fixed size, so the piece holding byte N is piece floor(N / CHUNK_BYTES). */
export const CHUNK_BYTES = 1024 * 1024;

export class ImportFileWriter {
  private parts: Uint8Array[] = [];
  private size = 0;
  private seq = 0;
  bytes = 0;

  constructor(readonly importId: string) {}

  async write(chunk: Uint8Array): Promise<void> {
    this.bytes += chunk.byteLength;
    let rest = chunk;
    while (rest.byteLength > 0) {
      const take = Math.min(CHUNK_BYTES - this.size, rest.byteLength);
      // Copy: the caller may reuse its buffer once we return.
      this.parts.push(Uint8Array.prototype.slice.call(rest, 0, take));
      this.size += take;
      rest = rest.subarray(take);
      if (this.size === CHUNK_BYTES) await this.flush();
    }
  }

  /** Writes the last, partial piece. */
  async finish(): Promise<void> {
    if (this.size > 0) await this.flush();
  }

  private async flush(): Promise<void> {
    const data = Buffer.concat(this.parts, this.size);
    this.parts = [];
    this.size = 0;
    await (await bulkWriter()).writeFilePiece(this.importId, this.seq++, data, new Date());
  }
}

/** The stored file from byte `fromOffset` on, piece by piece. */
export async function* readImportFile(importId: string, fromOffset = 0): AsyncGenerator<Buffer> {
  let seq = Math.floor(fromOffset / CHUNK_BYTES);
  let skip = fromOffset - seq * CHUNK_BYTES;
  const writer = await bulkWriter();
  for (;;) {
    const data = await writer.readFilePiece(importId, seq);
    if (!data) return;
    yield skip > 0 ? data.subarray(skip) : data;
    skip = 0;
    if (data.byteLength < CHUNK_BYTES) return;
    seq++;
  }
}

export async function deleteImportFile(importId: string, client: Tx | ReturnType<typeof db> = db()): Promise<void> {
  await client.codeImportChunk.deleteMany({ where: { importId } });
}

/**
 * Removes pieces nobody will read: uploads that never became a job (the process died mid-upload) and
 * files of finished jobs whose clean-up was interrupted.
 */
export async function sweepOrphanImportFiles(olderThanMs = 60 * 60 * 1000): Promise<number> {
  const cutoff = new Date(Date.now() - olderThanMs);
  const live = await db().codeImport.findMany({ where: { status: { in: ["queued", "processing"] } }, select: { id: true } });
  const { count } = await db().codeImportChunk.deleteMany({
    where: { createdAt: { lt: cutoff }, importId: { notIn: live.map((l) => l.id) } },
  });
  return count;
}
