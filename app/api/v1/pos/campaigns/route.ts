// POST /api/v1/pos/campaigns creates a POS campaign (type coupon); GET lists them (q, enabled, sort, count, page).
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, created, json } from "@/lib/http/api-route";
import { listBody } from "@/lib/http/pagination";
import { listCampaigns } from "@/lib/pos/list-campaigns";
import { createCampaign } from "@/lib/pos/save-campaign";
import { CampaignInput } from "@/lib/pos/schemas";
import { CampaignListQuery } from "@/lib/pos/list-schemas";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const POST = apiRoute({ roles: ROLES.write, body: CampaignInput }, async ({ actor, body }) => {
  const campaign = await createCampaign(actor, body);
  return created({ campaign }, `/api/v1/pos/campaigns/${campaign.id}`);
});

export const GET = apiRoute({ roles: ROLES.read, query: CampaignListQuery }, async ({ actor, query, url }) =>
  json(listBody(url, query, await listCampaigns(actor.tenantId, query))),
);

export const { PUT, PATCH, DELETE } = otherMethods({ GET, POST });
