// Splits a CSV byte stream into records and reads each record's first field, tracking byte offsets so an
// import job can checkpoint "everything before byte N is done" and resume there after a crash.
// Works on bytes, not text: every byte CSV cares about (\n \r , ") is ASCII, and UTF-8 never uses ASCII
// bytes inside a multi-byte character, so splitting bytes is exact and we decode only the first field.
// Quoted fields may hold commas, doubled quotes and line breaks (RFC 4180). Pure.

export const MAX_RECORD_BYTES = 64 * 1024;

export type CsvRecord = {
  /** 1-based line number where the record starts (what a person sees in an editor). */
  line: number;
  /** Byte offset just after the record's line break: where the next record starts. */
  end: number;
  /** Line number of the next record (a quoted field may span lines). */
  nextLine: number;
  /** The first field, unquoted and with surrounding spaces and tabs trimmed. */
  first: string;
  /** Nothing but spaces and tabs on the line. */
  blank: boolean;
};

export class CsvRecordTooLongError extends Error {
  constructor(readonly line: number) {
    super(`Line ${line} is longer than ${MAX_RECORD_BYTES} bytes (an unclosed quote, or not a CSV of codes)`);
  }
}

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const COMMA = 0x2c;
const SPACE = 0x20;
const TAB = 0x09;
const EMPTY = Buffer.alloc(0);

export class CsvRecordReader {
  private buf: Buffer = EMPTY;
  /** Absolute file offset of buf[0]. */
  private base: number;
  private line: number;
  private bomChecked: boolean;

  constructor(startOffset = 0, startLine = 1) {
    this.base = startOffset;
    this.line = startLine;
    this.bomChecked = startOffset > 0;
  }

  /** Feeds the next bytes; returns the records completed by them. */
  push(chunk: Uint8Array): CsvRecord[] {
    this.buf = this.buf.length === 0 ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength) : Buffer.concat([this.buf, chunk]);
    return this.drain(false);
  }

  /** Signals the end of the file; returns the last record when it had no line break. */
  end(): CsvRecord[] {
    return this.drain(true);
  }

  private drain(final: boolean): CsvRecord[] {
    const buf = this.buf;
    if (!this.bomChecked) {
      if (buf.length < 3 && !final) return [];
      if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
        this.buf = buf.subarray(3);
        this.base += 3;
        this.bomChecked = true;
        return this.drain(final);
      }
      this.bomChecked = true;
    }
    const records: CsvRecord[] = [];
    let pos = 0;
    // Cached positions of the next quote and comma: searching again for every line would make lines
    // without commas cost O(file) each.
    let nextQuote = buf.indexOf(QUOTE, 0);
    let nextComma = buf.indexOf(COMMA, 0);
    while (pos < buf.length) {
      let nl = buf.indexOf(LF, pos);
      if (nextQuote !== -1 && nextQuote < pos) nextQuote = buf.indexOf(QUOTE, pos);
      if (nextQuote !== -1 && (nl === -1 || nextQuote < nl)) {
        const quoted = this.quotedRecord(buf, pos, final);
        if (!quoted) break;
        records.push(quoted.record);
        pos = quoted.next;
        nextQuote = buf.indexOf(QUOTE, pos);
        nextComma = buf.indexOf(COMMA, pos);
        continue;
      }
      if (nl === -1) {
        if (!final) break;
        nl = buf.length;
      }
      const lineEnd = nl > pos && buf[nl - 1] === CR ? nl - 1 : nl;
      if (nextComma !== -1 && nextComma < pos) nextComma = buf.indexOf(COMMA, pos);
      const fieldEnd = nextComma !== -1 && nextComma < lineEnd ? nextComma : lineEnd;
      const next = Math.min(nl + 1, buf.length);
      records.push({
        line: this.line,
        end: this.base + next,
        nextLine: this.line + 1,
        first: trimmedText(buf, pos, fieldEnd),
        blank: isBlank(buf, pos, lineEnd),
      });
      this.line += 1;
      pos = next;
    }
    this.buf = buf.subarray(pos);
    this.base += pos;
    if (this.buf.length > MAX_RECORD_BYTES) throw new CsvRecordTooLongError(this.line);
    return records;
  }

  /** A record with a quote before its first line break; null when it is not complete yet. */
  private quotedRecord(buf: Buffer, start: number, final: boolean): { record: CsvRecord; next: number } | null {
    let inQuotes = false;
    // A quote opens a quoted field only at the start of a field (after spaces); elsewhere it is a literal
    // character, as spreadsheets read it.
    let atFieldStart = true;
    const fieldStart = start;
    let first: string | null = null;
    let breaks = 0;
    let i = start;
    let recordEnd = -1;
    for (; i < buf.length; i++) {
      const b = buf[i];
      if (inQuotes) {
        if (b === QUOTE) {
          if (buf[i + 1] === QUOTE) i++;
          else inQuotes = false;
        } else if (b === LF) breaks++;
        continue;
      }
      if (b === QUOTE && atFieldStart) {
        inQuotes = true;
        atFieldStart = false;
      } else if (b === COMMA) {
        if (first === null) first = fieldText(buf, fieldStart, i);
        atFieldStart = true;
      } else if (b === LF) {
        recordEnd = i;
        break;
      } else if (!isSpace(b)) atFieldStart = false;
    }
    if (recordEnd === -1) {
      if (!final) {
        if (i - start > MAX_RECORD_BYTES) throw new CsvRecordTooLongError(this.line);
        return null;
      }
      recordEnd = buf.length;
    }
    const lineEnd = recordEnd > start && buf[recordEnd - 1] === CR ? recordEnd - 1 : recordEnd;
    if (first === null) first = fieldText(buf, fieldStart, lineEnd);
    const next = Math.min(recordEnd + 1, buf.length);
    const record = { line: this.line, end: this.base + next, nextLine: this.line + 1 + breaks, first, blank: false };
    this.line += 1 + breaks;
    return { record, next };
  }
}

function isSpace(b: number): boolean {
  return b === SPACE || b === TAB;
}

function isBlank(buf: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(buf[i])) return false;
  return true;
}

function trimmedText(buf: Buffer, start: number, end: number): string {
  while (start < end && isSpace(buf[start])) start++;
  while (end > start && isSpace(buf[end - 1])) end--;
  return buf.toString("utf8", start, end);
}

/** A field that may be quoted: `"A""B"` → `A"B`; surrounding spaces outside and inside the quotes are trimmed. */
function fieldText(buf: Buffer, start: number, end: number): string {
  let s = start;
  while (s < end && isSpace(buf[s])) s++;
  if (buf[s] !== QUOTE) return trimmedText(buf, start, end);
  let close = end;
  while (close > s && buf[close - 1] !== QUOTE) close--;
  const inner = close > s + 1 ? buf.toString("utf8", s + 1, close - 1) : "";
  return inner.replace(/""/g, '"').trim();
}
