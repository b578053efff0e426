import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvRecordReader, MAX_RECORD_BYTES } from "@/lib/codes/csv-records";
import { CsvRowFilter, CsvUploadInspector, NotCsvError, parseCsvCodes } from "@/lib/codes/csv-rows";

const bytes = (text: string) => new TextEncoder().encode(text);
const codes = (text: string) => parseCsvCodes(bytes(text)).map((r) => r.code);
const rows = (text: string) => parseCsvCodes(bytes(text)).map(({ line, code, problem }) => ({ line, code, problem }));

function inspect(data: Uint8Array | string, pieceSize = 7): { rows: number; bytes: number } {
  const input = typeof data === "string" ? bytes(data) : data;
  const inspector = new CsvUploadInspector();
  for (let i = 0; i < input.length; i += pieceSize) inspector.push(input.subarray(i, i + pieceSize));
  return inspector.end();
}

function notCsvReason(data: Uint8Array | string, pieceSize = 7): string | undefined {
  try {
    inspect(data, pieceSize);
    return undefined;
  } catch (error) {
    return error instanceof NotCsvError ? error.reason : `unexpected ${String(error)}`;
  }
}

describe("CSV rows", () => {
  it("reads one code per line, with or without a final line break", () => {
    expect(codes("A1\nB2\nC3\n")).toEqual(["A1", "B2", "C3"]);
    expect(codes("A1\nB2\nC3")).toEqual(["A1", "B2", "C3"]);
  });

  it("strips a UTF-8 byte order mark", () => {
    expect(codes("\uFEFFA1\nB2")).toEqual(["A1", "B2"]);
    expect(codes("\uFEFFcode\nA1")).toEqual(["A1"]);
  });

  it("accepts CRLF and LF, also mixed", () => {
    expect(codes("A1\r\nB2\r\nC3\r\n")).toEqual(["A1", "B2", "C3"]);
    expect(codes("A1\r\nB2\nC3")).toEqual(["A1", "B2", "C3"]);
  });

  it("treats a first row `code` (any case) as the header, and only the first non-blank row", () => {
    expect(codes("code\nA1\nB2")).toEqual(["A1", "B2"]);
    expect(codes("\n\nCode,comment\nA1,x")).toEqual(["A1"]);
    expect(codes("A1\ncode")).toEqual(["A1", "code"]);
  });

  it("skips blank and whitespace-only lines but keeps counting lines", () => {
    expect(rows("A1\n\n   \n\t\nB2\n")).toEqual([
      { line: 1, code: "A1", problem: null },
      { line: 5, code: "B2", problem: null },
    ]);
  });

  it("trims surrounding spaces and tabs, inside quotes too", () => {
    expect(codes('  A1  \n\tB2\t,x\n" C3 "')).toEqual(["A1", "B2", "C3"]);
  });

  it("ignores extra columns, also quoted ones holding commas and line breaks", () => {
    expect(rows('A1,first,second\nB2,"note, with comma"\nC3,"two\nlines"\nD4')).toEqual([
      { line: 1, code: "A1", problem: null },
      { line: 2, code: "B2", problem: null },
      { line: 3, code: "C3", problem: null },
      { line: 5, code: "D4", problem: null },
    ]);
  });

  it("unquotes a quoted first field and reads a stray quote inside a field literally", () => {
    expect(codes('"A1",x\n"B""2"\nC"3\nD4')).toEqual(["A1", 'B"2', 'C"3', "D4"]);
  });

  it("flags each row-level problem: empty, invalid characters, too long", () => {
    const long = "A".repeat(65);
    expect(rows(`,comment\n""\nBAD CODE\nÜBER\n${long}\n${"B".repeat(64)}\nok-%_@&!`)).toEqual([
      { line: 1, code: "", problem: "empty" },
      { line: 2, code: "", problem: "empty" },
      { line: 3, code: "BAD CODE", problem: "invalid_characters" },
      { line: 4, code: "ÜBER", problem: "invalid_characters" },
      { line: 5, code: long, problem: "too_long" },
      { line: 6, code: "B".repeat(64), problem: null },
      { line: 7, code: "ok-%_@&!", problem: null },
    ]);
  });

  it("undoes our own export's formula escaping so exports re-import", () => {
    expect(codes("'-ABC\n'@X\n'A")).toEqual(["-ABC", "@X", "'A"]);
  });

  it("gives an empty file and a header-only file zero rows", () => {
    expect(codes("")).toEqual([]);
    expect(codes("code\n\n\r\n")).toEqual([]);
    expect(codes("\uFEFF")).toEqual([]);
  });

  it("reports offsets that let a reader resume mid-file", () => {
    const text = 'code\nA1\nB2,"x\ny"\nC3\n';
    const all = parseCsvCodes(bytes(text));
    const b2 = all.find((r) => r.code === "B2")!;
    const resumed = new CsvRecordReader(b2.end, b2.nextLine);
    const filter = new CsvRowFilter(false);
    const rest = [...filter.rows(resumed.push(bytes(text).subarray(b2.end))), ...filter.rows(resumed.end())];
    expect(rest.map((r) => [r.line, r.code])).toEqual([[5, "C3"]]);
  });

  it("splits the same way whatever the piece boundaries (property)", () => {
    const code = fc.stringMatching(/^[A-Za-z0-9\-%_@&! ]{0,12}$/);
    const line = fc.oneof(
      code,
      fc.tuple(code, fc.string({ maxLength: 8 })).map(([c, note]) => `${c},"${note.replace(/"/g, '""')}"`),
    );
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 30 }),
        fc.constantFrom("\n", "\r\n"),
        fc.integer({ min: 1, max: 17 }),
        (lines, eol, piece) => {
          const data = bytes(lines.join(eol));
          const whole = parseCsvCodes(data);
          const reader = new CsvRecordReader();
          const filter = new CsvRowFilter();
          const pieces = [];
          for (let i = 0; i < data.length; i += piece) pieces.push(...filter.rows(reader.push(data.subarray(i, i + piece))));
          pieces.push(...filter.rows(reader.end()));
          expect(pieces).toEqual(whole);
        },
      ),
    );
  });
});

describe("upload inspection", () => {
  it("counts code rows across pieces", () => {
    expect(inspect("\uFEFFcode\r\nA1\r\n\r\nB2\r\n").rows).toBe(2);
    expect(inspect("A1\nB2\nBAD CODE\n").rows).toBe(3);
  });

  it("counts zero rows for an empty or header-only file", () => {
    expect(inspect("")).toEqual({ rows: 0, bytes: 0 });
    expect(inspect("code\r\n\r\n").rows).toBe(0);
  });

  it("turns away binary files: NUL bytes and known signatures", () => {
    expect(notCsvReason(new Uint8Array([0x41, 0x31, 0x0a, 0x00, 0x42]))).toBe("binary");
    expect(notCsvReason(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08]))).toBe("binary");
    expect(notCsvReason(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe("binary");
    expect(notCsvReason(new Uint8Array([0x25, 0x50, 0x44, 0x46]))).toBe("binary");
  });

  it("turns away text that is not UTF-8", () => {
    expect(notCsvReason(new Uint8Array([0x41, 0x0a, 0xdc, 0x42, 0x45, 0x52, 0x0a]))).toBe("not_utf8");
    expect(notCsvReason(new Uint8Array([0x41, 0x0a, 0xc3]))).toBe("not_utf8");
  });

  it("turns away files that are not CSV: HTML, XML, JSON", () => {
    expect(notCsvReason("<!doctype html>\n<html><body>codes</body></html>")).toBe("not_csv");
    expect(notCsvReason('\n{"codes": ["A1", "B2"]}')).toBe("not_csv");
    expect(notCsvReason('["A1","B2"]')).toBe("not_csv");
  });

  it("turns away a line longer than any CSV of codes (e.g. an unclosed quote)", () => {
    expect(notCsvReason(`A1\n"${"x".repeat(MAX_RECORD_BYTES + 10)}\nB2\n`, 4096)).toBe("too_long_line");
    expect(notCsvReason("A".repeat(MAX_RECORD_BYTES + 10), 4096)).toBe("too_long_line");
  });

  it("accepts UTF-8 text with multi-byte characters split across pieces", () => {
    expect(inspect("code\nÜBER\n日本\nA1\n", 1).rows).toBe(3);
  });
});
