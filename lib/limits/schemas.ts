// Contract §7: the `limits` of coupons, automatic promotions and POS campaigns. One schema for the
// REST bodies, the forms, the offer versions and OpenAPI; the budget is in major units here and in
// minor units in the ledger (lib/money converts).
import { z } from "zod";
import { isKnownCurrency } from "@/lib/pricing";
import { text } from "@/lib/validation/text";

export const LIMIT_WINDOWS = ["day", "week", "month"] as const;
export type LimitWindow = (typeof LIMIT_WINDOWS)[number];

const count = (what: string) =>
  z
    .number({ error: `${what} must be a whole number` })
    .int(`${what} must be a whole number`)
    .min(1, `${what} must be at least 1`)
    .max(1_000_000_000, `${what} must be at most 1000000000`);

export const BudgetLine = z.strictObject({
  currency: text("limits.budget currency", { error: "Enter a currency code" })
    .regex(/^[A-Z]{3}$/, "Use a three-letter ISO 4217 code in capitals, such as EUR")
    .refine((code) => !/^[A-Z]{3}$/.test(code) || isKnownCurrency(code), { message: "Not an ISO 4217 currency code" }),
  amount: z
    .number({ error: "The budget amount must be a number" })
    .gt(0, "The budget amount must be greater than 0")
    .max(1_000_000_000, "The budget amount must be at most 1000000000"),
});
export type BudgetLine = z.infer<typeof BudgetLine>;

export const Limits = z
  .strictObject({
    redemptions: count("limits.redemptions").optional(),
    perCustomer: count("limits.perCustomer").optional(),
    budget: z.array(BudgetLine).max(50, "At most 50 budget currencies").optional(),
    window: z.enum(LIMIT_WINDOWS, { error: "limits.window must be day, week or month" }).optional(),
  })
  .superRefine((limits, ctx) => {
    const seen = new Set<string>();
    limits.budget?.forEach((line, i) => {
      if (seen.has(line.currency))
        ctx.addIssue({ code: "custom", path: ["budget", i, "currency"], message: `${line.currency} is listed twice` });
      seen.add(line.currency);
    });
  });
export type Limits = z.infer<typeof Limits>;

/** A stored limits value (JSON column) read back; anything unreadable counts as no limits. */
export function readLimits(value: unknown): Limits | null {
  if (value === null || value === undefined) return null;
  const parsed = Limits.safeParse(typeof value === "string" ? JSON.parse(value) : value);
  return parsed.success && hasLimits(parsed.data) ? parsed.data : null;
}

export function hasLimits(limits: Limits | null | undefined): limits is Limits {
  return !!limits && (limits.redemptions !== undefined || limits.perCustomer !== undefined || (limits.budget?.length ?? 0) > 0);
}
