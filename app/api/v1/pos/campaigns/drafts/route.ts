// POST /api/v1/pos/campaigns/drafts: create a POS campaign that exists only as a draft (issued coupons do not unlock it until published).
import { otherMethods } from "@/lib/http/method-not-allowed";
import { campaignDraftCreateHandler } from "@/lib/versions/http-handlers";

export const POST = campaignDraftCreateHandler;

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
