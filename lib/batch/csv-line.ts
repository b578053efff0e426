// Splits one CSV record into its fields (RFC 4180 quoting: `"a,b"`, doubled quotes `""`). A cart file's
// fields never need a line break, so a record is one line; an unclosed quote is an error of that line
// rather than a reason to swallow the lines after it. Pure.

export type SplitLine = { ok: true; fields: string[] } | { ok: false; message: string };

export function splitCsvLine(line: string): SplitLine {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    while (line[i] === " " || line[i] === "\t") i++;
    if (line[i] === '"') {
      let value = "";
      i++;
      for (;;) {
        const close = line.indexOf('"', i);
        if (close === -1) return { ok: false, message: "A quoted field has no closing quote" };
        value += line.slice(i, close);
        if (line[close + 1] === '"') {
          value += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      while (line[i] === " " || line[i] === "\t") i++;
      fields.push(value.trim());
      if (i >= line.length) return { ok: true, fields };
      if (line[i] !== ",") return { ok: false, message: "Text after a closing quote; quote the whole field" };
      i++;
    } else {
      const comma = line.indexOf(",", i);
      const end = comma === -1 ? line.length : comma;
      fields.push(line.slice(i, end).trim());
      if (comma === -1) return { ok: true, fields };
      i = comma + 1;
    }
  }
}
