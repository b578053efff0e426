// POST /api/v1/coupons/drafts: create a coupon that exists only as a draft (not live until published).
import { otherMethods } from "@/lib/http/method-not-allowed";
import { offerDraftCreateHandler } from "@/lib/versions/http-handlers";

export const POST = offerDraftCreateHandler("coupon");

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
