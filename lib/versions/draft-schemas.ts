// Request bodies of the draft routes, per kind: the offer's own fields (the same schema and rules as its
// create and PUT) plus what a draft carries (etag, note). A draft PUT may send back the offer as
// GET /api/v1/{coupons|promotions}/{id} answered it (contract §1.4): its read-only fields are ignored.
import { z } from "zod";
import { acceptingReadOnlyFields } from "@/lib/http/read-only-fields";
import { offerRules } from "@/lib/offers/offer-rules";
import { CouponFields, CouponView, PromotionFields, PromotionView } from "@/lib/offers/schemas";
import type { Family } from "@/lib/offers/family";
import { CampaignFields, campaignRules } from "@/lib/pos/schemas";
import { CampaignView } from "@/lib/pos/view-schemas";
import { DraftExtras, versionView } from "@/lib/versions/schemas";

const CouponDraftCreate = CouponFields.extend({ note: DraftExtras.note }).superRefine(offerRules);
const PromotionDraftCreate = PromotionFields.extend({ note: DraftExtras.note }).superRefine(offerRules);
const CouponDraftPut = acceptingReadOnlyFields(CouponFields.extend(DraftExtras).superRefine(offerRules), CouponView);
const PromotionDraftPut = acceptingReadOnlyFields(PromotionFields.extend(DraftExtras).superRefine(offerRules), PromotionView);

export const DRAFT_SCHEMAS = {
  coupon: { create: CouponDraftCreate, put: CouponDraftPut, version: versionView(CouponFields) },
  promotion: { create: PromotionDraftCreate, put: PromotionDraftPut, version: versionView(PromotionFields) },
} satisfies Record<Family, { create: z.ZodType; put: z.ZodType; version: z.ZodType }>;

const CampaignDraftCreate = CampaignFields.extend({ note: DraftExtras.note }).superRefine(campaignRules);
const CampaignDraftPut = acceptingReadOnlyFields(CampaignFields.extend(DraftExtras).superRefine(campaignRules), CampaignView);

export const CAMPAIGN_DRAFT_SCHEMAS = { create: CampaignDraftCreate, put: CampaignDraftPut, version: versionView(CampaignFields) };

/** The draft's own fields split from the offer's: what saveDraft takes. */
export function splitDraftBody<T extends { etag?: string; note?: string | null }>(body: T) {
  const { etag, note, ...snapshot } = body;
  return { etag, note: note ?? null, snapshot: snapshot as Record<string, unknown> };
}
