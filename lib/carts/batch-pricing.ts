// Pricing many carts of one tenant at once (the scenario suite, batch simulations): everything the carts
// need is read once — the cached automatic promotions, every code they name with its coupon, the stores'
// zones, the customers' segments — and the offers are prepared once per offer set (live, or live plus
// drafts), never per cart. Each cart is then priced by the one engine exactly as
// POST /api/v1/promotions/cart prices it (build-pricing-input.ts reads the same facts for one cart).
import { automaticCartCache } from "@/lib/carts/automatic-offer-cache";
import { segmentsOf } from "@/lib/carts/build-pricing-input";
import { offerFromRow, type OfferRow } from "@/lib/carts/offer-from-row";
import { findCartContext, findCodesWithCoupons } from "@/lib/carts/queries";
import type { CartRequestInput } from "@/lib/carts/schemas";
import { db } from "@/lib/db/client";
import { driver } from "@/lib/db/driver";
import { loadIssuedCouponCodes, type IssuedCouponSource } from "@/lib/pos/load-issued-coupon-codes";
import {
  priceCart,
  withCoupons,
  withOffers,
  type CartRequest,
  type CodeState,
  type DiscountedCart,
  type Offer,
  type PreparedOffers,
  type PricingContext,
} from "@/lib/pricing";
import { AppError } from "@/lib/errors";

// Far below both databases' bound-parameter limits (SQLite 32,766, PostgreSQL 65,535).
const CODES_PER_READ = 500;

export type BatchPricing = {
  readonly now: string;
  readonly tenantTimeZone: string;
  readonly exclusionList: string[];
  /** The live offers the carts can meet: automatic promotions and the coupons their codes name. */
  readonly live: PreparedOffers;
  /** Every code the carts name, with its state (codes of never-published coupons: see `codesOfDrafts`). */
  readonly codes: Record<string, CodeState>;
  /** Codes whose coupon is not live (a never-published draft), by code: they count only when that draft is chosen. */
  readonly codesOfDrafts: ReadonlyMap<string, CodeState>;
  /** The live coupon rows behind the codes, by id, for the stats a draft keeps (creation time, redemptions). */
  readonly couponRows: ReadonlyMap<string, OfferRow>;
  /** The scanned serials among the codes, with what their offers are built from (POS campaign drafts rebuild them). */
  readonly issuedSources: readonly IssuedCouponSource[];
  readonly storeZones: ReadonlyMap<string, string | null>;
  readonly segments: ReadonlyMap<string, { key: string; value: string }[]>;
};

function chunks<T>(values: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

export async function loadBatchPricing(tenantId: string, requests: readonly CartRequestInput[], now: Date): Promise<BatchPricing> {
  const codes = [...new Set(requests.flatMap((r) => r.couponCodes ?? []))];
  const storeIds = [...new Set(requests.flatMap((r) => (r.storeId ? [r.storeId] : [])))];
  const customerIds = [...new Set(requests.flatMap((r) => (r.customerId && !r.customerSegments ? [r.customerId] : [])))];
  const { context: tenant } = await findCartContext(driver(), tenantId, null, null);
  if (!tenant) throw AppError.notFound("Tenant");
  const [cached, codeRows, stores, customers] = await Promise.all([
    automaticCartCache(tenantId, tenant),
    Promise.all(chunks(codes, CODES_PER_READ).map((part) => findCodesWithCoupons(driver(), tenantId, part))).then((parts) => parts.flat()),
    storeIds.length
      ? db().store.findMany({ where: { tenantId, id: { in: storeIds } }, select: { id: true, timeZone: true } })
      : Promise.resolve([]),
    customerIds.length
      ? db().customer.findMany({ where: { tenantId, id: { in: customerIds } }, select: { id: true, segments: true } })
      : Promise.resolve([]),
  ]);
  const codeStates: Record<string, CodeState> = {};
  const codesOfDrafts = new Map<string, CodeState>();
  const couponRows = new Map<string, OfferRow>();
  for (const { code, coupon } of codeRows) {
    const state = {
      code: code.code,
      offerId: code.codeOfferId,
      active: code.codeActive,
      redemptions: code.codeRedemptions,
      maxRedemptions: code.codeMaxRedemptions,
    };
    if (coupon) {
      codeStates[code.code] = state;
      couponRows.set(coupon.id, coupon);
    } else codesOfDrafts.set(code.code, state);
  }
  const known = new Set(codeRows.map((row) => row.code.code));
  const issued = await loadIssuedCouponCodes(
    db(),
    tenantId,
    codes.filter((code) => !known.has(code)),
  );
  Object.assign(codeStates, issued.codes);
  for (const source of issued.sources) if (source.campaign.unpublished) codesOfDrafts.set(source.code.code, source.code);
  const coupons = [...couponRows.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(offerFromRow);
  return {
    now: now.toISOString(),
    tenantTimeZone: cached.tenantTimeZone,
    exclusionList: cached.exclusionList,
    live: withCoupons(cached.prepared, [...coupons, ...issued.coupons]),
    codes: codeStates,
    codesOfDrafts,
    couponRows,
    issuedSources: issued.sources,
    storeZones: new Map(stores.map((s) => [s.id, s.timeZone])),
    segments: new Map(customers.map((c) => [c.id, segmentsOf(c.segments)])),
  };
}

/** The offer set to price with: live, with `drafts` in place of (or beside) their live offers. Prepare once, price many. */
export function preparedWith(
  batch: BatchPricing,
  drafts: readonly Offer[],
): { prepared: PreparedOffers; codes: Record<string, CodeState> } {
  if (drafts.length === 0) return { prepared: batch.live, codes: batch.codes };
  const draftIds = new Set(drafts.map((offer) => offer.id));
  const codes = { ...batch.codes };
  for (const [code, state] of batch.codesOfDrafts) if (draftIds.has(state.offerId)) codes[code] = state;
  return { prepared: withOffers(batch.live, drafts), codes };
}

/** The engine's request and context for one cart of the batch, against a prepared set from `preparedWith`. */
export function batchPricingArgs(
  batch: BatchPricing,
  set: { prepared: PreparedOffers; codes: Record<string, CodeState> },
  request: CartRequestInput,
): { request: CartRequest; context: PricingContext } {
  const customerSegments = request.customerSegments ?? (request.customerId ? batch.segments.get(request.customerId) : undefined);
  return {
    request: { ...request, ...(customerSegments ? { customerSegments } : {}) },
    context: {
      now: batch.now,
      tenantTimeZone: batch.tenantTimeZone,
      storeTimeZones: request.storeId ? { [request.storeId]: batch.storeZones.get(request.storeId) ?? null } : {},
      exclusionList: batch.exclusionList,
      codes: set.codes,
    },
  };
}

/** One cart, priced against a prepared set from `preparedWith`. */
export function priceInBatch(
  batch: BatchPricing,
  set: { prepared: PreparedOffers; codes: Record<string, CodeState> },
  request: CartRequestInput,
): DiscountedCart {
  const args = batchPricingArgs(batch, set, request);
  return priceCart(set.prepared, args.request, args.context);
}
