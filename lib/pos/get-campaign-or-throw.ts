import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { toCampaignView, type CampaignView } from "@/lib/pos/campaign-view";
import { localClock } from "@/lib/pos/local-clock";

export async function getCampaignOrThrow(tenantId: string, id: string, now = new Date()): Promise<CampaignView> {
  const row = await db().posCampaign.findFirst({ where: { id, tenantId } });
  if (!row) throw AppError.notFound(`Campaign ${id}`);
  return toCampaignView(row, (await localClock(db(), tenantId, null, now)).nowLocal);
}
