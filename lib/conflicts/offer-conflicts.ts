// An offer page's findings: those of the tenant's analysis that involve the offer.
import { analyzeTenant } from "@/lib/conflicts/analyze-tenant";
import type { FindingView } from "@/lib/conflicts/schemas";

export async function conflictsOfOffer(tenantId: string, offerId: string, now = new Date()): Promise<FindingView[]> {
  return (await analyzeTenant(tenantId, now)).filter((finding) => finding.offers.some((offer) => offer.id === offerId));
}
