// The batch file formats of contract §8, read line by line: JSON lines of §4 cart requests, or CSV with
// one row per cart line `cart_id,product_id,quantity,price[,currency,store_id,customer_id,channel,
// coupon_codes,at]` under a header naming the columns. A line that does not parse becomes an error naming
// its line, the field and the limit, and the rest of the file goes on. Pure: the job feeds it the lines.
import { CartRequestSchema, IsoInstant, MAX_CART_LINES, MAX_COUPON_CODES, MAX_QUANTITY, MAX_UNIT_PRICE } from "@/lib/carts/schemas";
import type { CartRequestInput } from "@/lib/carts/schemas";
import { splitCsvLine } from "@/lib/batch/csv-line";
import { isPlainCartRequest } from "@/lib/batch/plain-cart";
import { currencyExponent, decimalPlaces, MAIN_CURRENCY } from "@/lib/money/currency";
import { isKnownCurrency } from "@/lib/pricing";
import { textMessage } from "@/lib/validation/text";
import { causesFromZod } from "@/lib/zod-issues";

export const MAX_BATCH_CARTS = 50_000;
export const MAX_BATCH_FILE_BYTES = 100 * 1024 * 1024;
const MAX_ID = 100;

export type BatchFormat = "csv" | "jsonl";
export type ParsedCart = { cartId: string; line: number; request: CartRequestInput };
export type ParseError = { line: number; field: string | null; message: string };

export const CSV_COLUMNS = [
  "cart_id",
  "product_id",
  "quantity",
  "price",
  "currency",
  "store_id",
  "customer_id",
  "channel",
  "coupon_codes",
  "at",
] as const;
type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED: readonly Column[] = ["cart_id", "product_id", "quantity", "price"];
/** Columns that describe the cart rather than the line: every row of a cart must agree on them. */
const CART_LEVEL = ["currency", "store_id", "customer_id", "channel", "coupon_codes", "at"] as const;

export type FileShape = { ok: true; format: "jsonl" } | { ok: true; format: "csv"; columns: Column[] } | { ok: false; message: string };

/** The format, from the file's first non-blank line: `{` starts JSON lines, anything else must be the CSV header. */
export function fileShape(firstLine: string): FileShape {
  const line = firstLine.replace(/^\uFEFF/, "").trim();
  if (line.startsWith("{")) return { ok: true, format: "jsonl" };
  const split = splitCsvLine(line);
  if (!split.ok) return { ok: false, message: `The CSV header does not parse: ${split.message}` };
  const columns = split.fields.map((f) => f.toLowerCase());
  const unknown = columns.filter((c) => !(CSV_COLUMNS as readonly string[]).includes(c));
  if (unknown.length)
    return {
      ok: false,
      message: `Unknown column "${unknown[0].slice(0, 40)}" in the CSV header; the columns are ${CSV_COLUMNS.join(", ")} (or send JSON lines of cart requests)`,
    };
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length) return { ok: false, message: `The CSV header lacks the column ${missing.join(", ")}` };
  const repeated = columns.find((c, i) => columns.indexOf(c) !== i);
  if (repeated) return { ok: false, message: `The CSV header names the column ${repeated} twice` };
  return { ok: true, format: "csv", columns: columns as Column[] };
}

class RowError extends Error {
  constructor(
    readonly field: string | null,
    message: string,
  ) {
    super(message);
  }
}

function idText(field: string, value: string, max = MAX_ID, required = true): string | undefined {
  if (value === "") {
    if (required) throw new RowError(field, `${field} is required`);
    return undefined;
  }
  if (value.length > max) throw new RowError(field, `${field} must be at most ${max} characters`);
  const problem = textMessage(field, value);
  if (problem) throw new RowError(field, problem);
  return value;
}

function quantityOf(value: string): number {
  if (!/^\d+$/.test(value)) throw new RowError("quantity", "quantity must be a whole number of at least 1");
  const n = Number(value);
  if (n < 1) throw new RowError("quantity", "quantity must be at least 1");
  if (n > MAX_QUANTITY) throw new RowError("quantity", `quantity must be at most ${MAX_QUANTITY}`);
  return n;
}

function priceOf(value: string, currency: string): number {
  if (!/^\d+(\.\d+)?$/.test(value)) throw new RowError("price", "price must be a decimal number of zero or more, e.g. 19.99");
  const n = Number(value);
  if (n > MAX_UNIT_PRICE) throw new RowError("price", `price must be at most ${MAX_UNIT_PRICE}`);
  const exponent = currencyExponent(currency);
  if (decimalPlaces(value) > exponent) throw new RowError("price", `price has more decimals than ${currency} allows (${exponent})`);
  return n;
}

function codesOf(value: string): string[] | undefined {
  if (value === "") return undefined;
  const codes = value
    .split("|")
    .map((c) => c.trim())
    .filter((c) => c !== "");
  if (codes.length > MAX_COUPON_CODES) throw new RowError("coupon_codes", `At most ${MAX_COUPON_CODES} coupon codes per cart`);
  for (const code of codes) {
    if (code.length > 64) throw new RowError("coupon_codes", "A coupon code has at most 64 characters");
    const problem = textMessage("coupon_codes", code);
    if (problem) throw new RowError("coupon_codes", problem);
  }
  return codes.length ? codes : undefined;
}

type CartLevel = { currency: string; store_id: string; customer_id: string; channel: string; coupon_codes: string; at: string };

type CsvCart = { cart: ParsedCart; level: CartLevel };

/** Collects the carts and errors of one file; `push` each line in order, then `end`. */
export class CartFileParser {
  readonly errors: ParseError[] = [];
  private readonly carts = new Map<string, CsvCart>();
  private readonly jsonl: ParsedCart[] = [];
  private readonly jsonIds = new Map<string, number>();
  private shape: FileShape | null = null;

  /** The first non-blank line decides the format; a file whose header does not parse fails as a whole. */
  push(text: string, line: number): void {
    if (text.trim() === "") return;
    if (!this.shape) {
      this.shape = fileShape(text);
      if (!this.shape.ok) throw new Error(this.shape.message);
      if (this.shape.format === "csv") return;
    }
    if (this.shape.ok && this.shape.format === "csv") this.csvRow(text, line, this.shape.columns);
    else this.jsonLine(text, line);
  }

  /** The carts in file order (of their first line). */
  end(): ParsedCart[] {
    if (this.shape?.ok && this.shape.format === "csv") return [...this.carts.values()].map((c) => c.cart);
    return this.jsonl;
  }

  get format(): BatchFormat | null {
    return this.shape?.ok ? this.shape.format : null;
  }

  private cartCount(): number {
    return this.carts.size + this.jsonl.length;
  }

  private fail(line: number, error: unknown): void {
    if (error instanceof RowError) this.errors.push({ line, field: error.field, message: error.message });
    else throw error;
  }

  private csvRow(text: string, line: number, columns: Column[]): void {
    try {
      const split = splitCsvLine(text);
      if (!split.ok) throw new RowError(null, split.message);
      if (split.fields.length !== columns.length)
        throw new RowError(null, `The row has ${split.fields.length} fields; the header has ${columns.length}`);
      const value = (column: Column) => {
        const at = columns.indexOf(column);
        return at === -1 ? "" : split.fields[at];
      };
      const cartId = idText("cart_id", value("cart_id")) as string;
      const productId = idText("product_id", value("product_id")) as string;
      const quantity = quantityOf(value("quantity"));
      const level: CartLevel = {
        currency: value("currency"),
        store_id: value("store_id"),
        customer_id: value("customer_id"),
        channel: value("channel"),
        coupon_codes: value("coupon_codes"),
        at: value("at"),
      };
      const existing = this.carts.get(cartId);
      if (existing) {
        for (const column of CART_LEVEL)
          if (level[column] !== "" && level[column] !== existing.level[column])
            throw new RowError(column, `${column} differs from the first row of cart ${cartId} (line ${existing.cart.line})`);
        if (existing.cart.request.items.length >= MAX_CART_LINES)
          throw new RowError(null, `Cart ${cartId} has more than ${MAX_CART_LINES} lines (the limit)`);
        const price = priceOf(value("price"), existing.cart.request.currency);
        existing.cart.request.items.push({ productId, quantity, price });
        return;
      }
      if (this.cartCount() >= MAX_BATCH_CARTS)
        throw new RowError("cart_id", `The file has more than ${MAX_BATCH_CARTS} carts (the limit); cart ${cartId} is not priced`);
      const currency = level.currency === "" ? MAIN_CURRENCY : level.currency;
      if (!isKnownCurrency(currency)) throw new RowError("currency", "currency must be an active ISO 4217 code such as EUR");
      const price = priceOf(value("price"), currency);
      const storeId = idText("store_id", level.store_id, 64, false);
      const customerId = idText("customer_id", level.customer_id, MAX_ID, false);
      const channelType = idText("channel", level.channel, 30, false);
      const couponCodes = codesOf(level.coupon_codes);
      let at: string | undefined;
      if (level.at !== "") {
        const parsed = IsoInstant.safeParse(level.at);
        if (!parsed.success) throw new RowError("at", "at must be an ISO 8601 instant with Z or an offset, e.g. 2026-12-01T09:00:00Z");
        at = parsed.data;
      }
      const request: CartRequestInput = {
        currency,
        items: [{ productId, quantity, price }],
        ...(storeId ? { storeId } : {}),
        ...(customerId ? { customerId } : {}),
        ...(channelType ? { channelType } : {}),
        ...(couponCodes ? { couponCodes } : {}),
        ...(at ? { at } : {}),
      };
      this.carts.set(cartId, { cart: { cartId, line, request }, level: { ...level, currency } });
    } catch (error) {
      this.fail(line, error);
    }
  }

  private jsonLine(text: string, line: number): void {
    try {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        throw new RowError(null, "The line is not valid JSON");
      }
      if (!value || typeof value !== "object" || Array.isArray(value))
        throw new RowError(null, "The line must be a JSON object (a cart request)");
      const { cartId: rawId, ...fields } = value as Record<string, unknown>;
      if (rawId !== undefined && typeof rawId !== "string") throw new RowError("cartId", "cartId must be a string");
      const cartId = rawId === undefined ? `line-${line}` : (idText("cartId", rawId.trim()) as string);
      const first = this.jsonIds.get(cartId);
      if (first !== undefined) throw new RowError("cartId", `cartId ${cartId} already appears on line ${first}`);
      if (this.cartCount() >= MAX_BATCH_CARTS)
        throw new RowError(null, `The file has more than ${MAX_BATCH_CARTS} carts (the limit); this cart is not priced`);
      if (isPlainCartRequest(fields)) {
        this.jsonIds.set(cartId, line);
        this.jsonl.push({ cartId, line, request: fields as CartRequestInput });
        return;
      }
      const parsed = CartRequestSchema.safeParse(fields);
      if (!parsed.success) {
        const causes = causesFromZod(parsed.error);
        throw new RowError(causes[0]?.field ?? null, causes.map((c) => (c.field ? `${c.field}: ${c.message}` : c.message)).join("; "));
      }
      this.jsonIds.set(cartId, line);
      this.jsonl.push({ cartId, line, request: parsed.data });
    } catch (error) {
      this.fail(line, error);
    }
  }
}

/** Parses a whole text (tests, small files): the carts and the errors by line. */
export function parseCartText(text: string): { format: BatchFormat | null; carts: ParsedCart[]; errors: ParseError[] } {
  const parser = new CartFileParser();
  text.split(/\r?\n/).forEach((line, i) => parser.push(line, i + 1));
  return { format: parser.format, carts: parser.end(), errors: parser.errors };
}
