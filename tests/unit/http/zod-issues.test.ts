import { z } from "zod";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { causesFromZod, parseOrThrow } from "@/lib/zod-issues";

const Schema = z.strictObject({ name: z.string().max(3), items: z.array(z.strictObject({ qty: z.number().int() })) });

describe("zod issues as error causes", () => {
  it("names nested fields with dots and indexes", () => {
    const result = Schema.safeParse({ name: "toolong", items: [{ qty: 1 }, { qty: 1.5 }] });
    expect(result.success).toBe(false);
    const causes = causesFromZod(result.error!);
    expect(causes.map((c) => c.field)).toEqual(["name", "items[1].qty"]);
    expect(causes[0].message).toMatch(/3/);
  });

  it("lists each unknown field separately", () => {
    const result = Schema.safeParse({ name: "ab", items: [], colour: "red", size: 2 });
    const causes = causesFromZod(result.error!);
    expect(causes).toEqual([
      { field: "colour", message: 'Unknown field "colour"', code: "unrecognized_keys" },
      { field: "size", message: 'Unknown field "size"', code: "unrecognized_keys" },
    ]);
  });

  it("throws a validation AppError", () => {
    try {
      parseOrThrow(Schema, { name: 1 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(400);
      expect((error as AppError).causes.map((c) => c.field)).toEqual(["name", "items"]);
    }
  });
});
