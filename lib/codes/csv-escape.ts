// CSV cells for files people open in spreadsheets (contract §3): a cell that starts with =, +, -, @, tab or
// carriage return is prefixed with an apostrophe so Excel/Sheets show it as text instead of running it as
// a formula; then RFC 4180 quoting. Pure.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function escapeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = escapeFormula(String(value));
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: (string | number | boolean | null | undefined)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/**
 * Undoes escapeFormula for a cell read back from one of our exports, so an export re-imports cleanly.
 * Safe for codes: an apostrophe is never a valid code character, so no real code is changed.
 */
export function unescapeFormula(value: string): string {
  return value.length > 1 && value[0] === "'" && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
