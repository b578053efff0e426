// Zod contracts of the codes API (contract §1.4, reference §3.5), shared by route handlers and console actions.
import { z } from "zod";
import { CodePrefix } from "@/lib/codes/code-rules";
import { PageQuery } from "@/lib/http/pagination";
import { identifier, text } from "@/lib/validation/text";

export const MAX_CODES_PER_REQUEST = 1000;

const BoolParam = (field: string) => z.enum(["true", "false"], { error: `${field} must be true or false` }).transform((v) => v === "true");

export const AddCodesInput = z.strictObject({
  codes: z
    .array(text("A code", { error: "Each code must be a string" }), { error: "codes must be an array of strings" })
    .min(1, "Send at least one code")
    .max(MAX_CODES_PER_REQUEST, `Send at most ${MAX_CODES_PER_REQUEST} codes per request (use a CSV import for more)`),
});
export type AddCodesInput = z.infer<typeof AddCodesInput>;

/** Filters shared by the list and the export. */
export const CodeFilters = z.object({
  code: CodePrefix.optional(),
  active: BoolParam("active").optional(),
  redeemed: BoolParam("redeemed").optional(),
});
export type CodeFilters = z.infer<typeof CodeFilters>;

export const CodeListQuery = PageQuery.extend(CodeFilters.shape).extend({
  sort: z.enum(["name", "-name"], { error: "sort must be name or -name" }).optional(),
});
export type CodeListQuery = z.infer<typeof CodeListQuery>;

/** PUT body: the code object as read; only `active` may differ from what is stored (reference §3.5, Q15). */
export const CodeUpdateInput = z.strictObject({
  id: text("id").optional(),
  name: text("name").optional(),
  redemptions: z.number().optional(),
  active: z.boolean({ error: "active must be true or false" }),
});
export type CodeUpdateInput = z.infer<typeof CodeUpdateInput>;

export const SetCodesActiveInput = z.strictObject({
  ids: z
    .array(identifier("A code id").max(64))
    .min(1, "Select at least one code")
    .max(MAX_CODES_PER_REQUEST, `Select at most ${MAX_CODES_PER_REQUEST} codes`),
  active: z.boolean(),
});
export type SetCodesActiveInput = z.infer<typeof SetCodesActiveInput>;

export const ImportListQuery = PageQuery;
