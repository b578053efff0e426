// Contract §7: an offer's ledger as the console and GET /api/v1/offers/{id}/ledger read it. The filters
// are one schema for the page, the CSV export and the REST route; dates are local days in the tenant's
// zone (from and to inclusive). Entries go out as the Redemption view (the ledger is that table).
import { z } from "zod";
import { PageQuery } from "@/lib/http/pagination";
import { RedemptionView } from "@/lib/redemptions/view-schemas";
import { text } from "@/lib/validation/text";

export const LEDGER_STATUSES = ["redeemed", "reverted", "reserved", "released"] as const;
export type LedgerStatus = (typeof LEDGER_STATUSES)[number];

const LOCAL_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDay(value: string): boolean {
  const match = LOCAL_DAY.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

const localDay = (what: string) =>
  text(what)
    .regex(LOCAL_DAY, `${what} must be a date written YYYY-MM-DD`)
    .refine((v) => !LOCAL_DAY.test(v) || isCalendarDay(v), { message: `${what} is not a calendar date` });

const exact = (what: string) => text(what).trim().min(1, `${what} must not be empty`).max(200, `${what} must be at most 200 characters`);

export const LedgerFilterFields = {
  status: z.enum(LEDGER_STATUSES, { error: `status must be one of ${LEDGER_STATUSES.join(", ")}` }).optional(),
  from: localDay("from").optional().describe("First local day (tenant's zone), inclusive, YYYY-MM-DD"),
  to: localDay("to").optional().describe("Last local day (tenant's zone), inclusive, YYYY-MM-DD"),
  code: text("code")
    .trim()
    .min(1, "code must not be empty")
    .max(100, "code must be at most 100 characters")
    .optional()
    .describe("Code starts with"),
  customer: exact("customer").optional().describe("consumerId, exactly"),
  store: exact("store").optional().describe("storeId, exactly"),
  channel: exact("channel").optional().describe("channelType, exactly"),
};

type FilterShape = { from?: string; to?: string };
const orderedRange = (q: FilterShape, ctx: z.RefinementCtx) => {
  if (q.from && q.to && q.from > q.to) ctx.addIssue({ code: "custom", path: ["to"], message: "to must be on or after from" });
};

export const LedgerFilters = z.object(LedgerFilterFields).superRefine(orderedRange);
export type LedgerFilters = z.infer<typeof LedgerFilters>;

export const LedgerQuery = PageQuery.extend(LedgerFilterFields).superRefine(orderedRange);
export type LedgerQuery = z.infer<typeof LedgerQuery>;

export const LEDGER_OFFER_TYPES = ["coupon", "promotion", "pos_campaign"] as const;
export type LedgerOfferType = (typeof LEDGER_OFFER_TYPES)[number];

export const LedgerPage = z.object({
  offer: z.object({ id: z.string(), name: z.string(), type: z.enum(LEDGER_OFFER_TYPES) }),
  timeZone: z.string().describe("The tenant's zone, in which from and to are read"),
  items: z.array(RedemptionView),
  pagination: z.object({ page: z.number().int(), count: z.number().int(), total: z.number().int(), totalPages: z.number().int() }),
  links: z.object({
    self: z.string(),
    next: z.string().optional(),
    prev: z.string().optional(),
    first: z.string(),
    last: z.string(),
  }),
});
export type LedgerPage = z.infer<typeof LedgerPage>;
