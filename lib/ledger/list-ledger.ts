// An offer's ledger (contract §7): one page of its uses, newest first, with the filters of the console
// and GET /api/v1/offers/{id}/ledger. An offer of another tenant, or none, is 404; when the caller knows
// the offer's type (a console page), an id of another type is 404 too.
import { driver } from "@/lib/db/driver";
import { AppError } from "@/lib/errors";
import { findTenantZone } from "@/lib/limits/queries";
import { listBody, skipTake } from "@/lib/http/pagination";
import { findLedgerOffer, findLedgerPage, type LedgerWhere } from "@/lib/ledger/queries";
import type { LedgerFilters, LedgerOfferType, LedgerPage, LedgerQuery } from "@/lib/ledger/schemas";
import { wallTimeToInstant } from "@/lib/pricing/time";
import { toRedemptionView } from "@/lib/redemptions/redemption-view";

const DAY_MS = 86_400_000;

/** The local days of the filters as instants: from's local midnight, up to the midnight after `to`. */
export function ledgerWhere(filters: LedgerFilters, zone: string): LedgerWhere {
  const midnight = (day: string, plusDays = 0) => wallTimeToInstant(Date.parse(`${day}T00:00:00Z`) + plusDays * DAY_MS, zone);
  return {
    status: filters.status,
    fromMs: filters.from ? midnight(filters.from) : undefined,
    toMs: filters.to ? midnight(filters.to, 1) : undefined,
    code: filters.code,
    customer: filters.customer,
    store: filters.store,
    channel: filters.channel,
  };
}

export async function getLedgerOfferOrThrow(tenantId: string, offerId: string, type?: LedgerOfferType) {
  const offer = await findLedgerOffer(tenantId, offerId);
  if (!offer || (type && offer.type !== type)) throw AppError.notFound(`Offer ${offerId}`);
  return offer;
}

/** `timeZone`: the tenant's, when the caller has it (the console's session); else it is read. */
export async function listLedger(
  tenantId: string,
  offerId: string,
  query: LedgerQuery,
  url: URL,
  options: { type?: LedgerOfferType; timeZone?: string } = {},
): Promise<LedgerPage> {
  const [offer, timeZone] = await Promise.all([
    getLedgerOfferOrThrow(tenantId, offerId, options.type),
    options.timeZone ?? findTenantZone(driver(), tenantId),
  ]);
  const { rows, total } = await findLedgerPage(tenantId, offer.id, ledgerWhere(query, timeZone), skipTake(query));
  return { offer, timeZone, ...listBody(url, query, { items: rows.map(toRedemptionView), total }) };
}
