// Gathers what the analysis reads, for one tenant at one moment: published offers that are switched on
// (active, scheduled, or ended: "enabled but expired" is a finding), new offers that exist only as drafts
// (as their working draft), coupon code facts, limited offers' usage in the current limit window, the
// catalog, stores, exclusion list and threshold.
import {
  findAnalysisSurroundings,
  findAnalyzedOfferRows,
  findCatalog,
  findCouponCodeFacts,
  findLimitUsage,
  findWorkingDraftsOf,
} from "@/lib/conflicts/queries";
import { windowKey } from "@/lib/limits/window-key";
import type { AnalysisInput, AnalyzedOffer } from "@/lib/conflicts/types";
import { offerFromRow } from "@/lib/carts/offer-from-row";
import type { Offer } from "@/lib/pricing";
import { engineOffersOf } from "@/lib/versions/draft-offers";
import type { VersionKind } from "@/lib/versions/kinds";

export async function loadAnalysisInput(tenantId: string, now: Date): Promise<AnalysisInput> {
  const [rows, products, surroundings] = await Promise.all([
    findAnalyzedOfferRows(tenantId),
    findCatalog(tenantId),
    findAnalysisSurroundings(tenantId),
  ]);
  const unpublished = rows.filter((row) => row.unpublished);
  const drafts = await findWorkingDraftsOf(
    tenantId,
    unpublished.map((row) => row.id),
  );
  const draftOffers = await engineOffersOf(
    tenantId,
    drafts.map((row) => ({
      kind: row.kind as VersionKind,
      offerId: row.offerId,
      number: row.number,
      snapshot: row.snapshot as Record<string, unknown>,
    })),
  );
  const offers: { offer: Offer; draft: boolean }[] = [
    ...rows.filter((row) => !row.unpublished).map((row) => ({ offer: offerFromRow(row), draft: false })),
    ...draftOffers.filter((offer) => offer.active).map((offer) => ({ offer, draft: true })),
  ];
  return withCodeFacts(tenantId, { offers, products, ...surroundings, now: now.toISOString() });
}

/**
 * Adds the code facts of every coupon and the current window's usage of every limited offer (also used
 * when a draft replaces an offer: a draft keeps its offer's counters).
 */
export async function withCodeFacts(
  tenantId: string,
  input: Omit<AnalysisInput, "offers"> & { offers: { offer: Offer; draft: boolean }[] },
): Promise<AnalysisInput> {
  const couponIds = input.offers.filter((o) => o.offer.source === "coupon").map((o) => o.offer.id);
  const nowMs = Date.parse(input.now);
  const limited = input.offers
    .filter((o) => o.offer.limits)
    .map((o) => ({ offerId: o.offer.id, windowKey: windowKey(o.offer.limits!.window, nowMs, input.tenantTimeZone) }));
  const [facts, usage] = await Promise.all([findCouponCodeFacts(tenantId, couponIds), findLimitUsage(tenantId, limited)]);
  const offers: AnalyzedOffer[] = input.offers.map((o) => ({
    ...o,
    ...(o.offer.source === "coupon" ? { codes: facts.get(o.offer.id) } : {}),
    ...(usage.has(o.offer.id) ? { usage: usage.get(o.offer.id) } : {}),
  }));
  return { ...input, offers };
}
