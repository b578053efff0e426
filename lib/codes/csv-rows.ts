// From CSV records to code rows (contract §3): blank lines skipped, an optional first row `code` taken
// as the header, each code checked for the row-level reasons. Also the upload-time inspection that
// turns away files that are not a text CSV before a job is queued. Pure.
import { codeProblem, type CodeProblem } from "@/lib/codes/code-rules";
import { CsvRecordReader, type CsvRecord } from "@/lib/codes/csv-records";
import { unescapeFormula } from "@/lib/codes/csv-escape";

export type RejectReason = CodeProblem | "duplicate_in_file" | "already_exists";
export const REJECT_REASONS: readonly RejectReason[] = ["invalid_characters", "too_long", "empty", "duplicate_in_file", "already_exists"];

/** `end` and `nextLine` say where the file continues after this row: the job's checkpoint. */
export type CsvRow = { line: number; code: string; problem: CodeProblem | null; end: number; nextLine: number };

/** Keeps the one bit of state rows need across chunks: whether the header may still come. */
export class CsvRowFilter {
  constructor(private headerPending = true) {}

  rows(records: CsvRecord[]): CsvRow[] {
    const rows: CsvRow[] = [];
    for (const record of records) {
      if (record.blank) continue;
      if (this.headerPending) {
        this.headerPending = false;
        if (record.first.toLowerCase() === "code") continue;
      }
      // Our exports prefix formula-like cells with an apostrophe; undo it so an export re-imports as is.
      const code = unescapeFormula(record.first);
      rows.push({ line: record.line, code, problem: codeProblem(code), end: record.end, nextLine: record.nextLine });
    }
    return rows;
  }
}

/** Every row of a small in-memory file (tests, previews). The job streams instead. */
export function parseCsvCodes(bytes: Uint8Array): CsvRow[] {
  const reader = new CsvRecordReader();
  const filter = new CsvRowFilter();
  return [...filter.rows(reader.push(bytes)), ...filter.rows(reader.end())];
}

export type NotCsvReason = "binary" | "not_utf8" | "not_csv" | "too_long_line";

export class NotCsvError extends Error {
  constructor(
    readonly reason: NotCsvReason,
    message: string,
  ) {
    super(message);
  }
}

const MAGIC: [string, number[]][] = [
  ["a ZIP archive (xlsx, docx, zip)", [0x50, 0x4b, 0x03, 0x04]],
  ["a PDF document", [0x25, 0x50, 0x44, 0x46]],
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["a GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["an old Excel/Word file", [0xd0, 0xcf, 0x11, 0xe0]],
  ["a gzip archive", [0x1f, 0x8b]],
];

const MAGIC_BYTES = Math.max(...MAGIC.map(([, bytes]) => bytes.length));

/**
 * Watches an upload go by: counts code rows, and throws NotCsvError as soon as the bytes show the file
 * is not a UTF-8 text CSV (NUL bytes, a known binary signature, invalid UTF-8, markup or JSON instead of
 * codes, or a line longer than any CSV of codes has).
 */
export class CsvUploadInspector {
  private readonly reader = new CsvRecordReader();
  private readonly filter = new CsvRowFilter();
  private readonly decoder = new TextDecoder("utf-8", { fatal: true });
  private seen = 0;
  private head = Buffer.alloc(0);
  private firstChecked = false;
  rows = 0;

  push(chunk: Uint8Array): void {
    if (this.head.length < MAGIC_BYTES) {
      this.head = Buffer.concat([this.head, chunk.subarray(0, MAGIC_BYTES)]);
      if (this.head.length >= MAGIC_BYTES) this.checkMagic(this.head);
    }
    this.seen += chunk.byteLength;
    if (chunk.indexOf(0) !== -1) throw new NotCsvError("binary", "The file contains NUL bytes: it is a binary file, not a CSV");
    try {
      this.decoder.decode(chunk, { stream: true });
    } catch {
      throw new NotCsvError("not_utf8", "The file is not UTF-8 text; save it as CSV UTF-8");
    }
    this.count(this.guard(() => this.reader.push(chunk)));
  }

  end(): { rows: number; bytes: number } {
    if (this.head.length < MAGIC_BYTES) this.checkMagic(this.head);
    try {
      this.decoder.decode();
    } catch {
      throw new NotCsvError("not_utf8", "The file ends in the middle of a UTF-8 character; save it as CSV UTF-8");
    }
    this.count(this.guard(() => this.reader.end()));
    return { rows: this.rows, bytes: this.seen };
  }

  private guard(read: () => CsvRecord[]): CsvRecord[] {
    try {
      return read();
    } catch (error) {
      throw new NotCsvError("too_long_line", (error as Error).message);
    }
  }

  private count(records: CsvRecord[]): void {
    if (!this.firstChecked) {
      const first = records.find((r) => !r.blank);
      if (first) {
        this.firstChecked = true;
        if (/^[<{[]/.test(first.first))
          throw new NotCsvError("not_csv", "The file looks like HTML, XML or JSON, not a CSV with one code per line");
      }
    }
    this.rows += this.filter.rows(records).length;
  }

  private checkMagic(head: Uint8Array): void {
    for (const [what, bytes] of MAGIC) {
      if (head.length >= bytes.length && bytes.every((b, i) => head[i] === b))
        throw new NotCsvError("binary", `The file is ${what}, not a CSV; export it as CSV UTF-8`);
    }
  }
}
