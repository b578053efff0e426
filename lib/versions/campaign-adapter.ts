// Versions of POS campaigns: the live row is a PosCampaign row, the snapshot the fields of CampaignInput,
// and writing one is the API's PUT (replaceCampaignRow). The award and its currency never change.
import { assertStoreScope } from "@/lib/pos/assert-store-scope";
import { assertSameAward, campaignSnapshot, findCampaignRowOrThrow, replaceCampaignRow } from "@/lib/pos/save-campaign";
import { CampaignInput } from "@/lib/pos/schemas";
import { offerConsolePath } from "@/lib/offers/family";
import type { VersionAdapter } from "@/lib/versions/adapter";
import { parseOrThrow } from "@/lib/zod-issues";

/** The order the diff lists a campaign's fields in (the form's). */
export const CAMPAIGN_FIELDS = [
  "name",
  "enabled",
  "startDate",
  "startTime",
  "endDate",
  "endTime",
  "warehouseID",
  "storeGroup",
  "category",
  "currency",
  "limits",
  "type",
];

const parse = (input: unknown) => parseOrThrow(CampaignInput, input);

export const campaignAdapter: VersionAdapter = {
  kind: "pos_campaign",
  objectType: "pos_campaign",
  fieldOrder: CAMPAIGN_FIELDS,
  consolePath: (id) => offerConsolePath("pos_campaign", id),
  parseSnapshot: (input) => parse(input) as unknown as Record<string, unknown>,
  async findLive(client, tenantId, offerId) {
    const row = await findCampaignRowOrThrow(client, tenantId, offerId);
    return {
      id: row.id,
      name: row.name,
      unpublished: row.unpublished,
      snapshot: campaignSnapshot(row),
      updatedBy: row.updatedBy,
      updatedAt: row.updatedAt,
    };
  },
  async assertAcceptable(tx, tenantId, live, snapshot) {
    const input = parse(snapshot);
    assertSameAward(await findCampaignRowOrThrow(tx, tenantId, live.id), input);
    await assertStoreScope(tx, tenantId, input);
  },
  async writeLive(tx, actor, offerId, snapshot, options) {
    const before = await findCampaignRowOrThrow(tx, actor.tenantId, offerId);
    await replaceCampaignRow(tx, actor, before, parse(snapshot), options);
  },
};
