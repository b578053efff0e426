// PUT bodies of coupons, promotions and the exclusion list (contract §1.4): the update schema plus the
// answer's read-only fields (id, status, audit stamps, coupon counters), accepted and ignored.
import { acceptingReadOnlyFields } from "@/lib/http/read-only-fields";
import { CouponUpdate, CouponView, ExclusionListInput, ExclusionListView, PromotionUpdate, PromotionView } from "@/lib/offers/schemas";

export const CouponPut = acceptingReadOnlyFields(CouponUpdate, CouponView);
export const PromotionPut = acceptingReadOnlyFields(PromotionUpdate, PromotionView);
export const ExclusionListPut = acceptingReadOnlyFields(ExclusionListInput, ExclusionListView);
