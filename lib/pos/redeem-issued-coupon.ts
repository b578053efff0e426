// Verify and redeem a printed coupon by its serial (Erply verifyIssuedCoupon / redeemIssuedCoupon,
// reference §9.6 and §12 Q26): never issued → 1040 (404), already redeemed → 1041 (409), expired →
// 1045 (422). Redeeming is one conditional UPDATE on status ACTIVE, so however many tills scan the
// same coupon at once, exactly one succeeds and the others get 1041.
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db, type Db, type Tx } from "@/lib/db/client";
import { alreadyRedeemed, expired, neverIssued } from "@/lib/pos/erply-errors";
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

export async function redeemIssuedCoupon(actor: Actor, input: RedeemIssuedCouponInput, now = new Date()): Promise<IssuedCouponView> {
  const tenantId = actor.tenantId;
  const serial = input.uniqueIdentifier;
  const checked = await acceptable(tenantId, serial, input.storeId, now);
  const row = await db().$transaction(async (tx) => {
    const taken = await tx.issuedCoupon.updateMany({
      where: { tenantId, uniqueIdentifier: serial, status: "ACTIVE" },
      data: {
        status: "REDEEMED",
        redeemedAt: now,
        redeemedStoreId: input.storeId,
        redeemedPointOfSaleId: input.pointOfSaleId,
        redeemedEmployeeId: input.employeeId,
        redeemedCustomerId: input.customerId,
        redeemedInvoiceId: input.invoiceId,
      },
    });
    if (taken.count !== 1) {
      const current = await findBySerial(tx, tenantId, serial);
      throw current ? alreadyRedeemed(serial, current.redeemedAt) : neverIssued(serial);
    }
    await recordAuditEvent(tx, actor, {
      action: "redeem",
      objectType: "issued_coupon",
      objectId: checked.id,
      changes: {
        uniqueIdentifier: serial,
        storeId: input.storeId,
        pointOfSaleId: input.pointOfSaleId,
        employeeId: input.employeeId,
        customerId: input.customerId,
        invoiceId: input.invoiceId,
      },
    });
    return (await findBySerial(tx, tenantId, serial))!;
  });
  return toIssuedCouponView(row, (await localClock(db(), tenantId, input.storeId, now)).nowLocal);
}
