// Verify and redeem a printed coupon by its serial (Erply verifyIssuedCoupon / redeemIssuedCoupon,
// reference §9.6 and §12 Q26): never issued → 1040 (404), already redeemed → 1041 (409), expired →
// 1045 (422), its campaign's limit reached (contract §7) → 409 naming the limit. Redeeming is one
// conditional UPDATE on status ACTIVE (lib/pos/queries.ts), so however many tills scan the same coupon
// at once, exactly one succeeds and the others get 1041.
import type { Actor } from "@/lib/auth/actor";
import { insertAuditEvents } from "@/lib/audit/queries";
import { storeTimeZone } from "@/lib/catalog/stores/store-time-zone";
import { db, type Db, type Tx } from "@/lib/db/client";
import { driver } from "@/lib/db/driver";
import { AppError } from "@/lib/errors";
import { alreadyRedeemed, campaignLimitReached, cartRefused, expired, isLimitReason, neverIssued } from "@/lib/pos/erply-errors";
import { loadIssuedCouponCodes } from "@/lib/pos/load-issued-coupon-codes";
import { takeIssuedCoupons } from "@/lib/pos/queries";
import { codeLimits, codeRows } from "@/lib/redemptions/ledger-rows";
import { priceOrder } from "@/lib/redemptions/price-order";
import { ConcurrentRetry, recordUses } from "@/lib/redemptions/record-uses";
import { cartRequired } from "@/lib/redemptions/refusal";
import { ISSUED_COUPON_INCLUDE, toIssuedCouponView, type IssuedCouponRow, type IssuedCouponView } from "@/lib/pos/issued-coupon-view";
import { localClock } from "@/lib/pos/local-clock";
import type { RedeemIssuedCouponInput, VerifyIssuedCouponInput } from "@/lib/pos/schemas";

async function findBySerial(client: Db | Tx, tenantId: string, serial: string): Promise<IssuedCouponRow | null> {
  return client.issuedCoupon.findUnique({
    where: { tenantId_uniqueIdentifier: { tenantId, uniqueIdentifier: serial } },
    include: ISSUED_COUPON_INCLUDE,
  });
}

/** The coupon if it can be accepted now; the store's clock decides expiry when the store is known. */
async function acceptable(tenantId: string, serial: string, storeId: string | null, now: Date): Promise<IssuedCouponView> {
  const row = await findBySerial(db(), tenantId, serial);
  if (!row) throw neverIssued(serial);
  const view = toIssuedCouponView(row, (await localClock(db(), tenantId, storeId, now)).nowLocal);
  if (view.status === "REDEEMED") throw alreadyRedeemed(serial, row.redeemedAt);
  if (view.status === "EXPIRED") throw expired(serial, view.validTo);
  return view;
}

export async function verifyIssuedCoupon(tenantId: string, input: VerifyIssuedCouponInput, now = new Date()): Promise<IssuedCouponView> {
  return acceptable(tenantId, input.uniqueIdentifier, input.storeId, now);
}

/** The coupon's campaign as a ledger row (none when its rule grants no published campaign), priced with the sale's cart if sent. */
async function campaignUse(tenantId: string, input: RedeemIssuedCouponInput, orderId: string, campaign: string, now: Date) {
  const serial = input.uniqueIdentifier;
  // Read as a serial only, as the till means it, even if a coupon code happens to be spelled the same.
  const [issued, { tenantZone }] = await Promise.all([
    loadIssuedCouponCodes(db(), tenantId, [serial]),
    storeTimeZone(driver(), tenantId, input.storeId),
  ]);
  if (!issued.codes[serial]) return [];
  const loaded = { codes: issued.codes, coupons: issued.coupons, unknownCodes: [] };
  // Without the sale the discount is unknown, and a budget cannot be held to an unknown amount (§5).
  const limits = codeLimits(loaded, serial);
  if (!input.cart && (limits?.budget?.length ?? 0) > 0) throw cartRequired();
  // §7: a sale without a customer cannot use a campaign limited per customer.
  const consumerId = input.customerId ?? input.cart?.customerId ?? null;
  if (limits?.perCustomer !== undefined && consumerId === null) throw campaignLimitReached(serial, campaign, "customer_limit_reached");
  const order = { codes: [serial], orderId, consumerId: input.customerId ?? undefined, storeId: input.storeId ?? undefined };
  const priced = input.cart ? await priceOrder(tenantId, order, input.cart, [serial], now, { loaded }) : null;
  const refused = priced?.refused[0];
  if (refused)
    throw isLimitReason(refused.reason) ? campaignLimitReached(serial, campaign, refused.reason) : cartRefused(serial, refused.reason);
  const facts = {
    consumerId,
    channelType: null,
    storeId: input.storeId,
    catalogTotal: null,
    currency: input.cart?.currency ?? null,
    nowMs: now.getTime(),
    tenantZone,
  };
  return codeRows([serial], loaded, priced, facts);
}

/** What a refused transaction means at the till: the coupon taken meanwhile (1041), or its campaign's limit reached. */
async function tillError(error: unknown, tenantId: string, serial: string, campaign: string): Promise<unknown> {
  const reason = error instanceof AppError ? error.causes?.[0]?.code : undefined;
  if (!(error instanceof ConcurrentRetry) && !(reason && isLimitReason(reason))) return error;
  // Rolled back: the coupon is REDEEMED now only if another till or order took it first.
  const current = await findBySerial(db(), tenantId, serial);
  if (!current) return neverIssued(serial);
  if (current.status === "REDEEMED" || !reason || !isLimitReason(reason)) return alreadyRedeemed(serial, current.redeemedAt);
  return campaignLimitReached(serial, campaign, reason);
}

/**
 * Redeems the coupon by serial: it turns REDEEMED and, when its rule grants a campaign, the use is a
 * ledger row of that campaign (contract §7, record-uses.ts), its limits checked and taken in the same
 * transaction; a limit reached refuses the redemption and the coupon stays ACTIVE.
 */
export async function redeemIssuedCoupon(actor: Actor, input: RedeemIssuedCouponInput, now = new Date()): Promise<IssuedCouponView> {
  const tenantId = actor.tenantId;
  const serial = input.uniqueIdentifier;
  const checked = await acceptable(tenantId, serial, input.storeId, now);
  const campaign = checked.campaignName ?? "";
  // The ledger's order: the till's invoice, so a later POST /coupons/redemptions of that invoice with the
  // serial answers this use instead of taking a second one; else one order per printed coupon.
  const orderId = input.invoiceId ?? `issued-coupon:${serial}`;
  const wanted = await campaignUse(tenantId, input, orderId, campaign, now);
  const till = {
    storeId: input.storeId,
    pointOfSaleId: input.pointOfSaleId,
    employeeId: input.employeeId,
    customerId: input.customerId,
    invoiceId: input.invoiceId,
  };
  try {
    await driver().transaction(async (tx) => {
      await insertAuditEvents(
        tx,
        actor,
        [{ action: "redeem", objectType: "issued_coupon", objectId: checked.id, changes: { uniqueIdentifier: serial, ...till } }],
        now,
      );
      if (wanted.length > 0) await recordUses(tx, actor, { orderId, wanted, codes: [serial], till, reservationId: null, now });
      else if ((await takeIssuedCoupons(tx, tenantId, [serial], till, now)).size === 0) throw new ConcurrentRetry();
    });
  } catch (error) {
    throw await tillError(error, tenantId, serial, campaign);
  }
  const row = (await findBySerial(db(), tenantId, serial))!;
  return toIssuedCouponView(row, (await localClock(db(), tenantId, input.storeId, now)).nowLocal);
}
