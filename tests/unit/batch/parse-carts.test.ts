// The batch file parsers (contract §8): every reason a row is refused, by line, with the field and the
// limit; carts assembled from CSV rows; JSON lines checked by the cart request schema; the quick plain-cart
// check never disagreeing with that schema.
import { describe, expect, it } from "vitest";
import { splitCsvLine } from "@/lib/batch/csv-line";
import { fileShape, MAX_BATCH_CARTS, parseCartText } from "@/lib/batch/parse-carts";
import { isPlainCartRequest } from "@/lib/batch/plain-cart";
import { CartRequestSchema } from "@/lib/carts/schemas";

const HEADER = "cart_id,product_id,quantity,price,currency,store_id,customer_id,channel,coupon_codes,at";
const row = (fields: Partial<Record<string, string>>) =>
  ["cart_id", "product_id", "quantity", "price", "currency", "store_id", "customer_id", "channel", "coupon_codes", "at"]
    .map((c) => fields[c] ?? { cart_id: "C1", product_id: "P1", quantity: "1", price: "10" }[c] ?? "")
    .join(",");

describe("splitCsvLine", () => {
  it.each([
    ["a,b,c", ["a", "b", "c"]],
    [' "a,b" , c ', ["a,b", "c"]],
    ['"say ""hi""",x', ['say "hi"', "x"]],
    ["a,,", ["a", "", ""]],
  ])("%s", (line, fields) => expect(splitCsvLine(line)).toEqual({ ok: true, fields }));

  it.each([
    ['"open,b', "A quoted field has no closing quote"],
    ['"a"b,c', "Text after a closing quote; quote the whole field"],
  ])("refuses %s", (line, message) => expect(splitCsvLine(line)).toEqual({ ok: false, message }));
});

describe("fileShape", () => {
  it.each([
    ['{"currency":"EUR","items":[]}', { ok: true, format: "jsonl" }],
    ["\uFEFFcart_id,product_id,quantity,price", { ok: true, format: "csv", columns: ["cart_id", "product_id", "quantity", "price"] }],
    ["CART_ID, Product_Id ,quantity,price,at", { ok: true, format: "csv", columns: ["cart_id", "product_id", "quantity", "price", "at"] }],
    [
      "code,discount",
      {
        ok: false,
        message:
          'Unknown column "code" in the CSV header; the columns are cart_id, product_id, quantity, price, currency, store_id, customer_id, channel, coupon_codes, at (or send JSON lines of cart requests)',
      },
    ],
    ["cart_id,product_id,price", { ok: false, message: "The CSV header lacks the column quantity" }],
    ["cart_id,product_id,quantity,price,price", { ok: false, message: "The CSV header names the column price twice" }],
  ])("%s", (line, shape) => expect(fileShape(line)).toEqual(shape));
});

describe("CSV carts", () => {
  it("assembles each cart from its rows, wherever they are, with the cart-level fields of its first row", () => {
    const text = [
      HEADER,
      row({
        cart_id: "A",
        product_id: "SHOE",
        quantity: "2",
        price: "49.90",
        store_id: "berlin",
        coupon_codes: "GOLD| SAVE5 ",
        at: "2026-12-01T09:00:00Z",
      }),
      row({ cart_id: "B", product_id: "HAT", price: "1000", currency: "JPY", customer_id: "C-1", channel: "pos" }),
      row({ cart_id: "A", product_id: "SOCK", quantity: "3", price: "2.5", currency: "EUR", store_id: "berlin" }),
      "",
    ].join("\r\n");
    expect(parseCartText(text)).toEqual({
      format: "csv",
      errors: [],
      carts: [
        {
          cartId: "A",
          line: 2,
          request: {
            currency: "EUR",
            storeId: "berlin",
            couponCodes: ["GOLD", "SAVE5"],
            at: "2026-12-01T09:00:00Z",
            items: [
              { productId: "SHOE", quantity: 2, price: 49.9 },
              { productId: "SOCK", quantity: 3, price: 2.5 },
            ],
          },
        },
        {
          cartId: "B",
          line: 3,
          request: { currency: "JPY", customerId: "C-1", channelType: "pos", items: [{ productId: "HAT", quantity: 1, price: 1000 }] },
        },
      ],
    });
  });

  it.each([
    [{ cart_id: "" }, "cart_id", "cart_id is required"],
    [{ cart_id: "x".repeat(101) }, "cart_id", "cart_id must be at most 100 characters"],
    [{ product_id: "" }, "product_id", "product_id is required"],
    [{ product_id: "P\u0000" }, "product_id", "product_id must not contain the NUL character (U+0000)"],
    [{ quantity: "1.5" }, "quantity", "quantity must be a whole number of at least 1"],
    [{ quantity: "0" }, "quantity", "quantity must be at least 1"],
    [{ quantity: "100001" }, "quantity", "quantity must be at most 100000"],
    [{ price: "-1" }, "price", "price must be a decimal number of zero or more, e.g. 19.99"],
    [{ price: "1e3" }, "price", "price must be a decimal number of zero or more, e.g. 19.99"],
    [{ price: "100000000.01" }, "price", "price must be at most 100000000"],
    [{ price: "9.999" }, "price", "price has more decimals than EUR allows (2)"],
    [{ price: "9.5", currency: "JPY" }, "price", "price has more decimals than JPY allows (0)"],
    [{ currency: "EURO" }, "currency", "currency must be an active ISO 4217 code such as EUR"],
    [{ store_id: "s".repeat(65) }, "store_id", "store_id must be at most 64 characters"],
    [{ customer_id: "c".repeat(101) }, "customer_id", "customer_id must be at most 100 characters"],
    [{ channel: "c".repeat(31) }, "channel", "channel must be at most 30 characters"],
    [{ coupon_codes: Array.from({ length: 51 }, (_, i) => `C${i}`).join("|") }, "coupon_codes", "At most 50 coupon codes per cart"],
    [{ coupon_codes: "x".repeat(65) }, "coupon_codes", "A coupon code has at most 64 characters"],
    [{ at: "2026-12-01 09:00" }, "at", "at must be an ISO 8601 instant with Z or an offset, e.g. 2026-12-01T09:00:00Z"],
    [{ at: "2026-13-45T09:00:00Z" }, "at", "at must be an ISO 8601 instant with Z or an offset, e.g. 2026-12-01T09:00:00Z"],
  ])("refuses %j: %s", (fields, field, message) => {
    const { carts, errors } = parseCartText([HEADER, row({ cart_id: "OK" }), row(fields)].join("\n"));
    expect(errors).toEqual([{ line: 3, field, message }]);
    expect(carts.map((c) => c.cartId)).toEqual(["OK"]);
  });

  it("refuses rows of the wrong shape and rows that contradict their cart", () => {
    const text = [
      HEADER,
      row({ cart_id: "A", currency: "EUR", store_id: "s1" }),
      "A,P2,1", // 3
      '"A,P2,1,10,,,,,,', // 4
      row({ cart_id: "A", currency: "USD" }), // 5
      row({ cart_id: "A", store_id: "s2" }), // 6
      row({ cart_id: "A", coupon_codes: "X" }), // 7
      row({ cart_id: "A", price: "1.001" }), // 8: the cart's currency decides
      row({ cart_id: "A", product_id: "P9" }), // 9: fine, blank cart-level fields
    ].join("\n");
    const { carts, errors } = parseCartText(text);
    expect(errors).toEqual([
      { line: 3, field: null, message: "The row has 3 fields; the header has 10" },
      { line: 4, field: null, message: "A quoted field has no closing quote" },
      { line: 5, field: "currency", message: "currency differs from the first row of cart A (line 2)" },
      { line: 6, field: "store_id", message: "store_id differs from the first row of cart A (line 2)" },
      { line: 7, field: "coupon_codes", message: "coupon_codes differs from the first row of cart A (line 2)" },
      { line: 8, field: "price", message: "price has more decimals than EUR allows (2)" },
    ]);
    expect(carts[0].request.items.map((i) => i.productId)).toEqual(["P1", "P9"]);
  });

  it("refuses the 1,001st line of a cart and every row of the 50,001st cart", () => {
    const lines = [HEADER, ...Array.from({ length: 1001 }, (_, i) => row({ cart_id: "BIG", product_id: `P${i}` }))];
    expect(parseCartText(lines.join("\n")).errors).toEqual([
      { line: 1002, field: null, message: "Cart BIG has more than 1000 lines (the limit)" },
    ]);

    const many = [HEADER, ...Array.from({ length: MAX_BATCH_CARTS + 1 }, (_, i) => row({ cart_id: `C${i}` }))];
    const { carts, errors } = parseCartText(many.join("\n"));
    expect(carts.length).toBe(MAX_BATCH_CARTS);
    expect(errors).toEqual([
      {
        line: MAX_BATCH_CARTS + 2,
        field: "cart_id",
        message: `The file has more than 50000 carts (the limit); cart C${MAX_BATCH_CARTS} is not priced`,
      },
    ]);
  });
});

describe("JSON-line carts", () => {
  const cart = { currency: "EUR", items: [{ productId: "P1", quantity: 1, price: 10 }] };

  it("takes each line as a cart request, with an optional cartId (default: the line)", () => {
    const text = [JSON.stringify({ cartId: "first", ...cart }), "", JSON.stringify({ ...cart, couponCodes: ["A"] })].join("\n");
    expect(parseCartText(text)).toEqual({
      format: "jsonl",
      errors: [],
      carts: [
        { cartId: "first", line: 1, request: cart },
        { cartId: "line-3", line: 3, request: { ...cart, couponCodes: ["A"] } },
      ],
    });
  });

  it.each([
    ["{not json", null, "The line is not valid JSON"],
    ["[1,2]", null, "The line must be a JSON object (a cart request)"],
    [JSON.stringify({ ...cart, cartId: 7 }), "cartId", "cartId must be a string"],
    [JSON.stringify({ ...cart, cartId: "first" }), "cartId", "cartId first already appears on line 1"],
    [JSON.stringify({ ...cart, currency: "XXX" }), "currency", "currency: currency must be an active ISO 4217 code such as EUR"],
    [JSON.stringify({ ...cart, extra: 1 }), "extra", 'extra: Unknown field "extra"'],
    [
      JSON.stringify({ ...cart, items: [{ productId: "P1", quantity: 0, price: 10.001 }] }),
      "items[0].quantity",
      "items[0].quantity: quantity must be at least 1; items[0].price: price has more decimals than EUR allows (2)",
    ],
  ])("refuses %s", (line, field, message) => {
    const { carts, errors } = parseCartText([JSON.stringify({ cartId: "first", ...cart }), line].join("\n"));
    expect(errors).toEqual([{ line: 2, field, message }]);
    expect(carts.length).toBe(1);
  });
});

describe("isPlainCartRequest", () => {
  const base = {
    currency: "EUR",
    customerId: "C1",
    channelType: "web",
    storeId: "s1",
    at: "2026-12-01T09:00:00+01:00",
    couponCodes: ["A", "B"],
    shipping: { method: "standard", price: 4.95 },
    items: [{ id: "l1", productId: "P1", quantity: 2, price: 9.99, categories: ["shoes"], attributes: { brand: "X" } }],
  };
  it.each([
    ["a full plain cart", base, true],
    ["an untrimmed id", { ...base, customerId: " C1" }, false],
    ["a non-NFC id", { ...base, storeId: "e\u0301" }, false],
    ["a price with too many decimals", { ...base, items: [{ productId: "P", quantity: 1, price: 1.001 }] }, false],
    ["an unknown field", { ...base, note: "x" }, false],
    ["segments (left to the schema)", { ...base, customerSegments: [{ key: "tier", value: "gold" }] }, false],
    ["a bad instant", { ...base, at: "2026-12-01T25:00:00Z" }, false],
  ])("%s: %s", (_, value, plain) => {
    expect(isPlainCartRequest(value as Record<string, unknown>)).toBe(plain);
    // Whenever it says plain, the schema accepts the cart and changes nothing.
    if (plain) expect(CartRequestSchema.parse(value)).toEqual(value);
  });
});
