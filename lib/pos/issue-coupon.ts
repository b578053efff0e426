// Issues one printed coupon (Erply saveIssuedCoupon, create): a unique serial, the issuing context,
// and the rule's printing cost taken from the customer's reward points. The deduction is one
// conditional UPDATE (`rewardPoints >= cost`) in the same transaction as the insert, so concurrent
// issues can never drive a balance below zero, and a refused or failed issue takes nothing.
import { actorLabel, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { notEnoughPoints, serialTaken } from "@/lib/pos/erply-errors";
import { ISSUED_COUPON_INCLUDE, toIssuedCouponView, type IssuedCouponView } from "@/lib/pos/issued-coupon-view";
import { localClock } from "@/lib/pos/local-clock";
import type { IssueCouponInput } from "@/lib/pos/schemas";
import { generateSerial } from "@/lib/pos/serial";

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";

async function issueOnce(actor: Actor, input: IssueCouponInput, serial: string, now: Date) {
  const tenantId = actor.tenantId;
  return db().$transaction(async (tx) => {
    const rule = await tx.posCouponRule.findFirst({
      where: { id: input.couponRuleId, tenantId },
      select: { id: true, printingCostInRewardPoints: true },
    });
    if (!rule) throw AppError.field("couponRuleId", `Coupon rule ${input.couponRuleId} does not exist`, "not_found");
    if (
      input.uniqueIdentifier &&
      (await tx.issuedCoupon.findUnique({
        where: { tenantId_uniqueIdentifier: { tenantId, uniqueIdentifier: serial } },
        select: { id: true },
      }))
    ) {
      throw serialTaken(serial);
    }
    const cost = rule.printingCostInRewardPoints;
    if (cost > 0) {
      if (!input.customerId) throw notEnoughPoints(null, cost, null);
      const paid = await tx.customer.updateMany({
        where: { tenantId, id: input.customerId, rewardPoints: { gte: cost } },
        data: { rewardPoints: { decrement: cost } },
      });
      if (paid.count !== 1) {
        const customer = await tx.customer.findUnique({
          where: { tenantId_id: { tenantId, id: input.customerId } },
          select: { rewardPoints: true },
        });
        if (!customer) throw AppError.field("customerId", `Customer ${input.customerId} does not exist`, "not_found");
        throw notEnoughPoints(input.customerId, cost, customer.rewardPoints);
      }
    }
    const row = await tx.issuedCoupon.create({
      data: {
        tenantId,
        couponRuleId: rule.id,
        uniqueIdentifier: serial,
        expiryDate: input.expiryDate,
        isPrintedAutomatically: input.isPrintedAutomatically,
        printingCost: cost,
        issuedAt: now,
        issuedStoreId: input.storeId,
        issuedPointOfSaleId: input.pointOfSaleId,
        issuedEmployeeId: input.employeeId,
        issuedCustomerId: input.customerId,
        issuedInvoiceId: input.invoiceId,
        createdBy: actorLabel(actor),
      },
      include: ISSUED_COUPON_INCLUDE,
    });
    await recordAuditEvent(tx, actor, {
      action: "issue",
      objectType: "issued_coupon",
      objectId: row.id,
      changes: {
        uniqueIdentifier: serial,
        couponRuleId: rule.id,
        customerId: input.customerId,
        storeId: input.storeId,
        pointOfSaleId: input.pointOfSaleId,
        employeeId: input.employeeId,
        invoiceId: input.invoiceId,
        expiryDate: input.expiryDate,
        rewardPointsDeducted: cost,
      },
    });
    return row;
  });
}

export async function issueCoupon(actor: Actor, input: IssueCouponInput, now = new Date()): Promise<IssuedCouponView> {
  // A generated serial that happens to exist already (1 in 10^20 per coupon) is simply drawn again.
  for (let attempt = 0; attempt < 5; attempt++) {
    const serial = input.uniqueIdentifier ?? generateSerial();
    try {
      const row = await issueOnce(actor, input, serial, now);
      const clock = await localClock(db(), actor.tenantId, input.storeId, now);
      return toIssuedCouponView(row, clock.nowLocal);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // A concurrent request took the given serial between our check and the insert.
      if (input.uniqueIdentifier) throw serialTaken(serial);
    }
  }
  throw new AppError("internal", "Could not draw an unused serial; try again");
}
