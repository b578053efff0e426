// Everything the pure engine needs for one cart, read from the database: the cached automatic
// promotions, the coupons behind the requested codes (always fresh: their redemption counts move),
// the store's time zone and the customer's segments. Codes are looked up by the unique index.
import type { TokenLiveness } from "@/lib/auth/token-liveness";
import { automaticCartCache } from "@/lib/carts/automatic-offer-cache";
import { loadedFromRows, type LoadedCodes } from "@/lib/carts/load-coupon-codes";
import type { CartRequestInput } from "@/lib/carts/schemas";
import { findCartContext, findCartContextWithCodes, type CartContextRow } from "@/lib/carts/queries";
import { db } from "@/lib/db/client";
import { driver } from "@/lib/db/driver";
import { AppError } from "@/lib/errors";
import { usageForCart, type UsageReading } from "@/lib/limits/usage-cache";
import { parseInstant, type CartRequest, type PreparedOffers, type PricingContext } from "@/lib/pricing";
import { pickTimeZone } from "@/lib/pricing/time";
import { withCoupons } from "@/lib/pricing/with-coupons";

export type PricingInput = {
  prepared: PreparedOffers;
  request: CartRequest;
  context: PricingContext;
  unknownCodes: string[];
  /** Requested codes that are legacy v0 coupons (the simulator says so in its trace). */
  legacyCodes: string[];
};

/** A customer row's segments column as the engine reads them (anything malformed is left out). */
export function segmentsOf(value: unknown): { key: string; value: string }[] {
  return Array.isArray(value)
    ? value.filter((s): s is { key: string; value: string } => typeof s?.key === "string" && typeof s?.value === "string")
    : [];
}

type ContextRequest = Pick<CartRequestInput, "storeId" | "customerId" | "customerSegments">;

/** The customer whose segments the context reads: the cart's, unless it sent its segments itself. */
const customerToRead = (request: ContextRequest) => (request.customerId && !request.customerSegments ? request.customerId : null);

/** The cart's context (tenant's offer revision and zone, store's zone, customer's segments) in one read. */
export async function readCartContext(tenantId: string, request: ContextRequest): Promise<CartContextRow | null> {
  return (await findCartContext(driver(), tenantId, request.storeId ?? null, customerToRead(request))).context;
}

/**
 * The cart's context and its codes (as loadCouponCodes loads them), in one read. `request`: the store and customer
 * the context is read for (a redemption without cart names only its store). `liveness`: the request's
 * pending token check, settled by this read (throws `unauthenticated` when the token is revoked).
 */
export async function readCartContextAndCodes(
  tenantId: string,
  request: ContextRequest,
  requested: readonly string[],
  options: { issuedCoupons?: boolean; liveness?: TokenLiveness } = {},
): Promise<{ context: CartContextRow | null; loaded: LoadedCodes }> {
  const unique = [...new Set(requested)];
  const tokenHash = options.liveness?.pendingHash ?? null;
  const read = await findCartContextWithCodes(driver(), tenantId, request.storeId ?? null, customerToRead(request), unique, tokenHash);
  options.liveness?.settle(read.tokenActive);
  return {
    context: read.context,
    loaded: await loadedFromRows(db(), tenantId, unique, read.codes, { issuedCoupons: options.issuedCoupons }),
  };
}

/** The zones a cart's context gives: the store's (else the tenant's), and the tenant's own. */
export function contextZones(context: CartContextRow | null): { zone: string; tenantZone: string } {
  if (!context) throw AppError.notFound("Tenant");
  return { zone: pickTimeZone(context.storeZone, context.timeZone), tenantZone: context.timeZone };
}

/** The cart's context and codes: as the caller read them, else read (both in one read when the codes were not). */
async function contextAndCodes(
  tenantId: string,
  request: CartRequestInput,
  given: { loaded?: LoadedCodes; context?: CartContextRow | null; liveness?: TokenLiveness },
): Promise<{ context: CartContextRow | null; loaded: LoadedCodes }> {
  if (given.loaded === undefined)
    return readCartContextAndCodes(tenantId, request, request.couponCodes ?? [], { liveness: given.liveness });
  return { context: given.context !== undefined ? given.context : await readCartContext(tenantId, request), loaded: given.loaded };
}

/**
 * `usage`: how the usage counters are read (usage-cache.ts): through the 1 s cache (carts), now, or now
 * only near a limit (redemption: an automatic promotion used up is then simply not applied; its
 * transaction still checks every limit itself).
 * `loaded` and `context`: the request's codes and context as the caller read them already (redemption),
 * instead of a second read (`context` counts only with `loaded`).
 * `liveness`: the request's pending token check, carried by the context's read when this makes it.
 */
export async function buildPricingInput(
  tenantId: string,
  request: CartRequestInput,
  now: Date,
  options: { usage?: UsageReading; loaded?: LoadedCodes; context?: CartContextRow | null; liveness?: TokenLiveness } = {},
): Promise<PricingInput> {
  // One read for the tenant's offer revision and zone, the store's zone, the customer's segments and the codes.
  const { context: tenant, loaded } = await contextAndCodes(tenantId, request, options);
  const data = await automaticCartCache(tenantId, tenant);
  // Limited offers' usage (contract §7), through the per-instance cache at most 1 s stale.
  const usage = await usageForCart(
    tenantId,
    [...data.prepared.automatic.map((p) => p.offer), ...loaded.coupons],
    {
      atMs: parseInstant(request.at) ?? now.getTime(),
      timeZone: data.tenantTimeZone,
      customerId: request.customerId,
      currency: request.currency,
    },
    Date.now(),
    options.usage,
  );
  const context: PricingContext = {
    now: now.toISOString(),
    tenantTimeZone: data.tenantTimeZone,
    storeTimeZones: request.storeId ? { [request.storeId]: tenant?.storeZone ?? null } : {},
    exclusionList: data.exclusionList,
    codes: loaded.codes,
    usage,
  };
  const customerSegments =
    request.customerSegments ?? (customerToRead(request) !== null && tenant?.customerId != null ? segmentsOf(tenant.segments) : undefined);
  return {
    prepared: withCoupons(data.prepared, loaded.coupons),
    request: { ...request, ...(customerSegments ? { customerSegments } : {}) },
    context,
    unknownCodes: loaded.unknownCodes,
    legacyCodes: Object.keys(loaded.codes).filter((code) => loaded.codes[code].definitionId !== undefined),
  };
}
