// GET/PUT /api/v1/pos/campaigns/{id}: read or replace one POS campaign (PUT needs the version read last).
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, json } from "@/lib/http/api-route";
import { getCampaignOrThrow } from "@/lib/pos/get-campaign-or-throw";
import { updateCampaign } from "@/lib/pos/save-campaign";
import { CampaignPut } from "@/lib/pos/view-schemas";
import { otherMethods } from "@/lib/http/method-not-allowed";

type Params = { id: string };

export const GET = apiRoute<Params>({ roles: ROLES.read }, async ({ actor, params }) =>
  json({ campaign: await getCampaignOrThrow(actor.tenantId, params.id) }),
);

export const PUT = apiRoute<Params, undefined, typeof CampaignPut>(
  { roles: ROLES.write, body: CampaignPut },
  async ({ actor, params, body }) => json({ campaign: await updateCampaign(actor, params.id, body) }),
);

export const { POST, PATCH, DELETE } = otherMethods({ GET, PUT });
