// Chosen versions as the pricing engine sees them: what the simulator, scenarios and batch runs price
// instead of the live offers (contract §8: prepared offers built from published plus chosen drafts).
// A version keeps its offer's facts that are not edited: id, creation time (tie-breaks), redemptions.
import { offerFromRow } from "@/lib/carts/offer-from-row";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { issuedCouponOffer } from "@/lib/pos/campaign-offer";
import type { IssuedCouponSource } from "@/lib/pos/load-issued-coupon-codes";
import { campaignWindow } from "@/lib/pos/local-dates";
import { CampaignInput } from "@/lib/pos/schemas";
import type { Offer } from "@/lib/pricing";
import { parseOrThrow } from "@/lib/zod-issues";
import { KIND_LABELS, type VersionKind } from "@/lib/versions/kinds";
import { findVersionRow, findWorkingDraftRow } from "@/lib/versions/queries";
import type { DraftRef } from "@/lib/versions/schemas";

/** A version to price with: its offer and the snapshot of its fields. */
export type DraftOverlay = { kind: VersionKind; offerId: string; number: number | null; snapshot: Record<string, unknown> };

export async function resolveDraftRefs(tenantId: string, refs: readonly DraftRef[]): Promise<DraftOverlay[]> {
  return Promise.all(
    refs.map(async (ref, index) => {
      const scope = { tenantId, kind: ref.kind, offerId: ref.id };
      const row = ref.number ? await findVersionRow(db(), scope, ref.number) : await findWorkingDraftRow(db(), scope);
      if (!row)
        throw new AppError(
          "not_found",
          ref.number
            ? `Version ${ref.number} of ${KIND_LABELS[ref.kind]} ${ref.id} not found`
            : `${KIND_LABELS[ref.kind]} ${ref.id} has no draft`,
          {
            causes: [{ field: `drafts[${index}]`, message: "No such version", code: "not_found" }],
          },
        );
      return { kind: ref.kind, offerId: ref.id, number: row.number, snapshot: row.snapshot as Record<string, unknown> };
    }),
  );
}

/**
 * The engine offers of the chosen versions. A POS campaign is priced per scanned coupon, so its version
 * becomes one offer per serial among `issued` (the serials the carts name) that belongs to it.
 */
export async function engineOffersOf(
  tenantId: string,
  overlays: readonly DraftOverlay[],
  issued: readonly IssuedCouponSource[] = [],
): Promise<Offer[]> {
  const campaigns = await Promise.all(overlays.filter((o) => o.kind === "pos_campaign").map((o) => campaignOffers(tenantId, o, issued)));
  return [...(await couponAndPromotionOffers(tenantId, overlays)), ...campaigns.flat()];
}

async function campaignOffers(tenantId: string, overlay: DraftOverlay, issued: readonly IssuedCouponSource[]): Promise<Offer[]> {
  const sources = issued.filter((source) => source.campaign.id === overlay.offerId);
  if (sources.length === 0) return [];
  const draft = parseOrThrow(CampaignInput, overlay.snapshot);
  const { validFrom, validTo } = campaignWindow(draft);
  const live = sources[0].campaign;
  const storesOfGroup =
    draft.storeGroup && draft.storeGroup !== live.storeGroupId
      ? (await db().store.findMany({ where: { tenantId, storeGroupId: draft.storeGroup }, select: { id: true } })).map((s) => s.id)
      : sources[0].storesOfGroup;
  const campaign = {
    ...live,
    name: draft.name,
    enabled: draft.enabled,
    validFrom,
    validTo,
    warehouseId: draft.warehouseID,
    storeGroupId: draft.storeGroup,
  };
  return sources.map((source) => issuedCouponOffer(campaign, source.coupon, storesOfGroup));
}

async function couponAndPromotionOffers(tenantId: string, overlays: readonly DraftOverlay[]): Promise<Offer[]> {
  const offerOverlays = overlays.filter((o) => o.kind === "coupon" || o.kind === "promotion");
  if (offerOverlays.length === 0) return [];
  const rows = await db().offer.findMany({ where: { tenantId, id: { in: offerOverlays.map((o) => o.offerId) }, archivedAt: null } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return offerOverlays.flatMap((overlay) => {
    const row = byId.get(overlay.offerId);
    if (!row || row.family !== overlay.kind) return [];
    const s = overlay.snapshot;
    return [
      offerFromRow({
        ...row,
        name: String(s.name ?? row.name),
        active: Boolean(s.active),
        exclusive: Boolean(s.exclusive),
        localizedTimezone: Boolean(s.localizedTimezone),
        validFrom: String(s.validFrom),
        validTo: typeof s.validTo === "string" ? s.validTo : null,
        category: s.category ?? row.category,
        currencies: s.currencies ?? [],
        stores: s.stores ?? [],
        consumers: s.consumers ?? [],
        channels: s.channels ?? [],
        segment: s.segment ?? null,
        maxRedemptions: typeof s.maxRedemptions === "number" ? s.maxRedemptions : null,
        limits: s.limits ?? null,
      }),
    ];
  });
}
