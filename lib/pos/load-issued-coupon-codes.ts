// Looks requested codes up as issued-coupon serials (tenant + serial unique index) and turns each one
// whose rule grants a campaign into an engine code and offer (campaign-offer.ts). Store groups are
// expanded to their stores here, at load time, so the engine only ever sees store ids.
import type { Db, Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/sqlite/client";
import { issuedCouponCodeState, issuedCouponOffer } from "@/lib/pos/campaign-offer";
import { SERIAL_PATTERN } from "@/lib/pos/schemas";
import type { CodeState, Offer } from "@/lib/pricing";

/** One scanned serial and what its engine offer is built from, published campaign or not (for drafts, contract §8). */
export type IssuedCouponSource = {
  campaign: Parameters<typeof issuedCouponOffer>[0] & { unpublished: boolean };
  coupon: Parameters<typeof issuedCouponOffer>[1];
  storesOfGroup: string[];
  code: IssuedCodeState;
};
/** A serial's engine code; its uses are counted, and recorded in the ledger, under `campaignId` (contract §7). */
export type IssuedCodeState = CodeState & { id: string; campaignId: string };
export type LoadedIssuedCoupons = { codes: Record<string, IssuedCodeState>; coupons: Offer[]; sources: IssuedCouponSource[] };

export async function loadIssuedCouponCodes(
  client: Db | Tx,
  tenantId: string,
  candidates: readonly string[],
): Promise<LoadedIssuedCoupons> {
  const serials = [...new Set(candidates.filter((code) => SERIAL_PATTERN.test(code)))];
  if (serials.length === 0) return { codes: {}, coupons: [], sources: [] };
  // Most candidates are mistyped or guessed codes: one cheap raw read on the unique index rules them
  // out before the relation query, which costs several times more.
  const found = await client.$queryRaw<{ uniqueIdentifier: string }[]>(Prisma.sql`
    SELECT "uniqueIdentifier" FROM "IssuedCoupon" WHERE "tenantId" = ${tenantId} AND "uniqueIdentifier" IN (${Prisma.join(serials)})`);
  if (found.length === 0) return { codes: {}, coupons: [], sources: [] };
  const rows = await client.issuedCoupon.findMany({
    where: { tenantId, uniqueIdentifier: { in: found.map((row) => row.uniqueIdentifier) } },
    include: { rule: { include: { campaign: true } } },
  });
  const groupIds = [...new Set(rows.map((row) => row.rule.campaign?.storeGroupId).filter((id): id is string => Boolean(id)))];
  const stores = groupIds.length
    ? await client.store.findMany({ where: { tenantId, storeGroupId: { in: groupIds } }, select: { id: true, storeGroupId: true } })
    : [];
  const storesOf = (groupId: string | null) => stores.filter((store) => store.storeGroupId === groupId).map((store) => store.id);
  const codes: LoadedIssuedCoupons["codes"] = {};
  const coupons: Offer[] = [];
  const sources: IssuedCouponSource[] = [];
  for (const row of rows) {
    const campaign = row.rule.campaign;
    // A rule without a campaign prints coupons that unlock nothing: such a serial stays not_found for pricing.
    if (!campaign) continue;
    const storesOfGroup = storesOf(campaign.storeGroupId);
    const offer = issuedCouponOffer(campaign, row, storesOfGroup);
    const code = { id: row.id, campaignId: campaign.id, ...issuedCouponCodeState(offer.id, row) };
    sources.push({ campaign, coupon: row, storesOfGroup, code });
    // Nor does a campaign that exists only as a draft (contract §8): the POS never sees drafts.
    if (campaign.unpublished) continue;
    coupons.push(offer);
    codes[row.uniqueIdentifier] = code;
  }
  return { codes, coupons, sources };
}
