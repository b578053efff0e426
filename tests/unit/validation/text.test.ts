import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ExternalId, StoreInput } from "@/lib/catalog/schemas";
import { CartRequestSchema } from "@/lib/carts/schemas";
import { identifier, text, textProblem } from "@/lib/validation/text";
import { causesFromZod } from "@/lib/zod-issues";

function causes(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? [] : causesFromZod(result.error);
}

describe("textProblem", () => {
  it.each([
    ["plain", undefined],
    ["emoji 😀 (a surrogate pair)", undefined],
    ["right-to-left \u202Eעברית", undefined],
    ["a\u0000b", "must not contain the NUL character (U+0000)"],
    ["lone high \uD800", "must not contain a lone UTF-16 surrogate (not valid Unicode)"],
    ["lone low \uDFFF x", "must not contain a lone UTF-16 surrogate (not valid Unicode)"],
    ["reversed pair \uDE00\uD83D", "must not contain a lone UTF-16 surrogate (not valid Unicode)"],
  ])("%j → %s", (value, problem) => {
    expect(textProblem(value)).toBe(problem);
  });
});

describe("text and identifier schemas", () => {
  it("name the field in the cause and stop at the first problem", () => {
    expect(causes(z.strictObject({ name: text("Name").max(3) }), { name: "abcdef\u0000" })).toEqual([
      { field: "name", message: "Name must not contain the NUL character (U+0000)", code: "custom" },
    ]);
  });

  it("trim and NFC-normalise identifiers, so both spellings of é are one id", () => {
    const id = identifier("Id");
    expect(id.parse("  Caf\u0065\u0301 ")).toBe("Caf\u00e9");
    expect(id.parse("Caf\u00e9")).toBe("Caf\u00e9");
  });

  it("keep free text as written apart from the check", () => {
    expect(text("Description").parse(" e\u0301 ")).toBe(" e\u0301 ");
  });

  it("guard the shared schemas: ids, cart codes, nested fields", () => {
    expect(ExternalId.safeParse("A\u0000").success).toBe(false);
    expect(causes(StoreInput, { id: "S1", name: "Store \uD800" })).toEqual([
      { field: "name", message: "Name must not contain a lone UTF-16 surrogate (not valid Unicode)", code: "custom" },
    ]);
    expect(causes(CartRequestSchema, { currency: "EUR", items: [], couponCodes: ["OK", "A\u0000"] })).toEqual([
      { field: "couponCodes[1]", message: "A coupon code must not contain the NUL character (U+0000)", code: "custom" },
    ]);
    expect(
      causes(CartRequestSchema, { currency: "EUR", items: [{ productId: "P", quantity: 1, price: 1, attributes: { "k\uDC00": "v" } }] }),
    ).toHaveLength(1);
  });
});
