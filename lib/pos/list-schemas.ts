// The POS list queries (campaigns, coupon rules, issued coupons): one schema each for the REST list
// endpoints, the console's list pages and OpenAPI.
import { z } from "zod";
import { PageQuery } from "@/lib/http/pagination";
import { commaList } from "@/lib/offers/schemas";
import { identifier, text } from "@/lib/validation/text";

const Search = text("q").trim().max(100, "q must be at most 100 characters").optional();
const Sort = text("sort").max(40).optional();

export const CAMPAIGN_LIST_STATUSES = ["Draft", "Disabled", "Planned", "Active", "Expired", "Exhausted"] as const;
export type CampaignListStatus = (typeof CAMPAIGN_LIST_STATUSES)[number];

export const CampaignListQuery = PageQuery.extend({
  q: Search,
  sort: Sort,
  enabled: z.enum(["true", "false"]).optional(),
  status: commaList("status", CAMPAIGN_LIST_STATUSES).describe(
    "Comma list of Draft, Disabled, Planned, Active, Expired (in the tenant's local time), Exhausted (an Active campaign whose limit is used up in the current window: contract §7)",
  ),
});
export type CampaignListQuery = z.infer<typeof CampaignListQuery>;

export const CouponRuleListQuery = PageQuery.extend({ q: Search, sort: Sort, campaignId: identifier("campaignId").max(64).optional() });
export type CouponRuleListQuery = z.infer<typeof CouponRuleListQuery>;

export const ISSUED_STATUSES = ["ACTIVE", "REDEEMED", "EXPIRED"] as const;
export type IssuedStatus = (typeof ISSUED_STATUSES)[number];

/** A day (read in the tenant's zone, inclusive) or an ISO instant. */
const Moment = (field: string) =>
  identifier(field)
    .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/, {
      message: `${field} must be a date (yyyy-mm-dd) or an ISO instant`,
      abort: true,
    })
    .refine((value) => !Number.isNaN(Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value)), `${field} is not a real date`)
    .optional()
    .or(z.literal("").transform(() => undefined));

const CommaList = (field: string) =>
  text(field)
    .max(2000, `${field} must be at most 2000 characters`)
    .optional()
    .transform((value) =>
      value
        ? [
            ...new Set(
              value
                .split(",")
                .map((v) => v.trim())
                .filter(Boolean),
            ),
          ]
        : undefined,
    )
    .refine((list) => !list || list.length <= 100, `${field} lists at most 100 values`);

/** Filters of reference §9.5 (getIssuedCoupons), camelCased; lists are comma separated. */
export const IssuedCouponListQuery = PageQuery.extend({
  uniqueIdentifier: CommaList("uniqueIdentifier"),
  q: Search,
  status: z
    .enum(ISSUED_STATUSES, { error: `status must be one of ${ISSUED_STATUSES.join(", ")}` })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  issuedFrom: Moment("issuedFrom"),
  issuedTo: Moment("issuedTo"),
  redeemedFrom: Moment("redeemedFrom"),
  redeemedTo: Moment("redeemedTo"),
  customerId: identifier("customerId").max(64).optional(),
  issuedCustomerId: CommaList("issuedCustomerId"),
  redeemedCustomerId: CommaList("redeemedCustomerId"),
  issuedInvoiceId: CommaList("issuedInvoiceId"),
  redeemedInvoiceId: CommaList("redeemedInvoiceId"),
  couponRuleId: CommaList("couponRuleId"),
  /** Erply's changedSince: coupons issued, redeemed or otherwise changed at or after this moment. */
  changedSince: Moment("changedSince"),
  sort: Sort,
});
export type IssuedCouponListQuery = z.output<typeof IssuedCouponListQuery>;
