// The product catalog CSV format, shared by the server import and the console's preview so both judge
// a row the same way. Columns: id,name,categories,attributes,price_EUR,price_USD,… where categories are
// `a|b` and attributes `key=value|key=value`. Pure: no database, safe in the browser.
import Papa from "papaparse";
import { decimalsMessage, ProductInput } from "@/lib/catalog/schemas";
import { AppError } from "@/lib/errors";
import { fitsMinorUnit } from "@/lib/money/currency";

/** "19.90" is as exact as "19.9": trailing zeros after the point do not count as decimals. */
function withoutTrailingZeros(amount: string): string {
  return amount.includes(".") ? amount.replace(/0+$/, "").replace(/\.$/, "") : amount;
}

export type CsvColumns = {
  id: number;
  name: number;
  categories?: number;
  attributes?: number;
  prices: { currency: string; index: number }[];
};
export type CellError = { field: string; message: string };
/** `row` counts lines as a spreadsheet does: the header is row 1, the first product row 2. */
export type RowError = { row: number; id: string | null; field: string; message: string };
export type ParsedRow = { row: number; cells: string[] };

const PRICE_COLUMN = /^price_([a-z]{3})$/i;
const NUMBER = /^\d+(\.\d+)?$/;

/** Maps header names to column positions; `problems` explains what makes the header unusable. */
export function readProductCsvHeader(header: string[]): { columns?: CsvColumns; problems: string[] } {
  const problems: string[] = [];
  const seen = new Set<string>();
  const found: Partial<Record<"id" | "name" | "categories" | "attributes", number>> = {};
  const prices: CsvColumns["prices"] = [];
  header.forEach((raw, index) => {
    const name = raw.replace(/^\uFEFF/, "").trim();
    const price = PRICE_COLUMN.exec(name);
    const key = price ? `price_${price[1].toUpperCase()}` : name.toLowerCase();
    if (key === "") return problems.push(`Column ${index + 1} has no name`);
    if (seen.has(key)) return problems.push(`Column "${name}" appears more than once`);
    seen.add(key);
    if (price) prices.push({ currency: price[1].toUpperCase(), index });
    else if (key === "id" || key === "name" || key === "categories" || key === "attributes") found[key] = index;
    else
      problems.push(`Unknown column "${name}": expected id, name, categories, attributes and price_<CURRENCY> columns such as price_EUR`);
  });
  if (found.id === undefined) problems.push('The header must have an "id" column');
  if (found.name === undefined) problems.push('The header must have a "name" column');
  if (problems.length > 0 || found.id === undefined || found.name === undefined) return { problems };
  return { columns: { id: found.id, name: found.name, categories: found.categories, attributes: found.attributes, prices }, problems };
}

function splitList(cell: string): string[] {
  return cell
    .split("|")
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

/** Reads one row into a product, or says which cells are wrong (field = the CSV column name). */
export function productFromCsvRow(cells: string[], columns: CsvColumns): { product?: ProductInput; errors: CellError[] } {
  const cell = (index: number | undefined) => (index === undefined ? "" : (cells[index] ?? "").trim());
  const errors: CellError[] = [];
  const attributes: Record<string, string> = {};
  for (const pair of splitList(cell(columns.attributes))) {
    const eq = pair.indexOf("=");
    const key = eq < 0 ? "" : pair.slice(0, eq).trim();
    if (eq < 0 || key === "") errors.push({ field: "attributes", message: `"${pair}" is not written as key=value` });
    else if (key in attributes) errors.push({ field: "attributes", message: `Attribute "${key}" appears twice` });
    else attributes[key] = pair.slice(eq + 1).trim();
  }
  const prices: { currency: string; amount: number }[] = [];
  for (const { currency, index } of columns.prices) {
    const text = cell(index);
    if (text === "") continue; // no price in this currency
    const field = `price_${currency}`;
    if (!NUMBER.test(text))
      errors.push({ field, message: `"${text}" is not an amount such as 19.99 (use a dot for decimals, no currency sign)` });
    else if (!fitsMinorUnit(withoutTrailingZeros(text), currency))
      errors.push({ field, message: `${decimalsMessage(currency)} (got ${text})` });
    else prices.push({ currency, amount: Number(text) });
  }
  const candidate = { id: cell(columns.id), name: cell(columns.name), categories: splitList(cell(columns.categories)), attributes, prices };
  const parsed = ProductInput.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [top, index] = issue.path;
      const field = top === "prices" && typeof index === "number" ? `price_${prices[index]?.currency}` : String(top ?? "row");
      errors.push({ field, message: issue.message });
    }
  }
  return errors.length > 0 || !parsed.success ? { errors } : { product: parsed.data, errors };
}

/** Splits CSV text into rows; blank lines are skipped but still counted, so row numbers match the file. */
export function splitCsv(text: string): { header: string[]; rows: ParsedRow[]; problems: RowError[] } {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { header: false, skipEmptyLines: false, delimiter: "," });
  const [header = [], ...data] = result.data;
  // Papa numbers records from 0 (the header), so record r is row r + 1. One problem per row is enough.
  const problemByRow = new Map<number, RowError>();
  for (const e of result.errors) {
    if (typeof e.row !== "number" || e.row < 1 || problemByRow.has(e.row + 1)) continue;
    problemByRow.set(e.row + 1, { row: e.row + 1, id: null, field: "row", message: `Malformed CSV: ${e.message}` });
  }
  const problems = [...problemByRow.values()];
  const broken = new Set(problemByRow.keys());
  const rows = data
    .map((cells, i) => ({ row: i + 2, cells }))
    .filter(({ row, cells }) => !broken.has(row) && cells.some((c) => c.trim() !== ""));
  return { header, rows, problems };
}

export type ParsedCatalog = {
  totalRows: number;
  products: { row: number; product: ProductInput }[];
  errors: RowError[];
  rejectedRows: number;
};

/** Parses a whole file: valid products, and per-row errors for the rest (duplicate ids: later rows lose). */
export function parseProductCsv(text: string, limits: { maxRows: number }): ParsedCatalog {
  const { header, rows, problems } = splitCsv(text);
  if (header.every((h) => h.trim() === ""))
    throw AppError.field(
      "import",
      "The file is empty; the first line must be a header such as id,name,categories,attributes,price_EUR",
      "empty_file",
    );
  const { columns, problems: headerProblems } = readProductCsvHeader(header);
  if (!columns)
    throw AppError.validation(
      headerProblems.map((message) => ({ field: "header", message, code: "invalid_header" })),
      "The CSV header is not valid",
    );
  const totalRows = rows.length + problems.length;
  if (totalRows > limits.maxRows)
    throw new AppError("payload_too_large", `The file has ${totalRows} rows; the limit is ${limits.maxRows} rows`, {
      details: { limitRows: limits.maxRows },
    });
  const errors: RowError[] = [...problems];
  const products: ParsedCatalog["products"] = [];
  const firstRowOf = new Map<string, number>();
  for (const { row, cells } of rows) {
    const { product, errors: cellErrors } = productFromCsvRow(cells, columns);
    const id = (cells[columns.id] ?? "").trim() || null;
    if (!product) {
      errors.push(...cellErrors.map((e) => ({ row, id, ...e })));
      continue;
    }
    const first = firstRowOf.get(product.id);
    if (first !== undefined) {
      errors.push({ row, id, field: "id", message: `Id ${product.id} already appears in row ${first}` });
      continue;
    }
    firstRowOf.set(product.id, row);
    products.push({ row, product });
  }
  errors.sort((a, b) => a.row - b.row);
  return { totalRows, products, errors, rejectedRows: totalRows - products.length };
}
