// The POS domain's statements on the redemption path, through the driver, so that marking a printed
// coupon REDEEMED runs in the same transaction as its campaign's ledger row and usage counters
// (lib/redemptions/redeem-codes.ts): one conditional UPDATE from ACTIVE, so however many tills or
// orders present the same serial at once, exactly one takes it.
import { rowOf, text } from "@/lib/db/decode";
import { fragments, placeholders, type Statements } from "@/lib/db/driver";

/** Where and by whom a printed coupon was redeemed (reference §9.6); null where the caller did not say. */
export type TillFacts = {
  storeId: string | null;
  pointOfSaleId: string | null;
  employeeId: string | null;
  customerId: string | null;
  invoiceId: string | null;
};

export const NO_TILL: TillFacts = { storeId: null, pointOfSaleId: null, employeeId: null, customerId: null, invoiceId: null };

const decodeSerial = rowOf({ uniqueIdentifier: text });

/** Marks the ACTIVE coupons among `serials` REDEEMED; answers the serials it took (a missing one was redeemed already). */
export async function takeIssuedCoupons(
  tx: Statements,
  tenantId: string,
  serials: readonly string[],
  till: TillFacts,
  now: Date,
): Promise<Set<string>> {
  if (serials.length === 0) return new Set();
  const at = fragments.timestamp(tx.dialect);
  const rows = await tx.all(
    `UPDATE "IssuedCoupon" SET "status" = 'REDEEMED', "redeemedAt" = ${at}, "updatedAt" = ${at}, "redeemedStoreId" = ?, "redeemedPointOfSaleId" = ?,
       "redeemedEmployeeId" = ?, "redeemedCustomerId" = ?, "redeemedInvoiceId" = ?
     WHERE "tenantId" = ? AND "uniqueIdentifier" IN (${placeholders(serials.length)}) AND "status" = 'ACTIVE'
     RETURNING "uniqueIdentifier"`,
    [now, now, till.storeId, till.pointOfSaleId, till.employeeId, till.customerId, till.invoiceId, tenantId, ...serials],
  );
  return new Set(rows.map((row) => decodeSerial(row).uniqueIdentifier));
}

/** A reverted use gives the paper coupon back: REDEEMED → ACTIVE, its redemption facts cleared. */
export async function giveBackIssuedCoupons(tx: Statements, tenantId: string, serials: readonly string[], now: Date): Promise<void> {
  if (serials.length === 0) return;
  await tx.run(
    `UPDATE "IssuedCoupon" SET "status" = 'ACTIVE', "redeemedAt" = NULL, "updatedAt" = ${fragments.timestamp(tx.dialect)}, "redeemedStoreId" = NULL,
       "redeemedPointOfSaleId" = NULL, "redeemedEmployeeId" = NULL, "redeemedCustomerId" = NULL, "redeemedInvoiceId" = NULL
     WHERE "tenantId" = ? AND "uniqueIdentifier" IN (${placeholders(serials.length)}) AND "status" = 'REDEEMED'`,
    [now, tenantId, ...serials],
  );
}
