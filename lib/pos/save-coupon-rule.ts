// Creates or replaces a coupon rule (Erply saveCoupon), with its audit event in the same transaction.
// The campaign and the store or store group must belong to the same tenant; PUT needs the version read last.
import { randomUUID } from "node:crypto";
import { actorLabel, type Actor } from "@/lib/auth/actor";
import { diffFields, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertStoreScope } from "@/lib/pos/assert-store-scope";
import { toCouponRuleView, type CouponRuleView } from "@/lib/pos/coupon-rule-view";
import type { CouponRuleInput, CouponRuleUpdate } from "@/lib/pos/schemas";

function columns(input: CouponRuleInput) {
  return {
    name: input.name,
    code: input.code,
    description: input.description,
    issuedFromDate: input.issuedFromDate,
    issuedUntilDate: input.issuedUntilDate,
    warehouseId: input.warehouseID,
    storeGroupId: input.storeGroup,
    campaignId: input.campaignID,
    printedAutomaticallyInPOS: input.printedAutomaticallyInPOS,
    threshold: input.threshold,
    measure: input.measure,
    thresholdType: input.thresholdType,
    promptCashier: input.promptCashier,
    printingCostInRewardPoints: input.printingCostInRewardPoints,
  };
}

async function assertReferences(tx: Tx, tenantId: string, input: CouponRuleInput): Promise<void> {
  await assertStoreScope(tx, tenantId, input);
  if (input.campaignID) {
    const campaign = await tx.posCampaign.findFirst({ where: { id: input.campaignID, tenantId }, select: { id: true } });
    if (!campaign) throw AppError.field("campaignID", `Campaign ${input.campaignID} does not exist`, "not_found");
  }
}

export async function createCouponRule(actor: Actor, input: CouponRuleInput): Promise<CouponRuleView> {
  return db().$transaction(async (tx) => {
    await assertReferences(tx, actor.tenantId, input);
    const row = await tx.posCouponRule.create({
      data: {
        tenantId: actor.tenantId,
        ...columns(input),
        version: randomUUID(),
        createdBy: actorLabel(actor),
        updatedBy: actorLabel(actor),
      },
    });
    await recordAuditEvent(tx, actor, { action: "create", objectType: "pos_coupon_rule", objectId: row.id, changes: columns(input) });
    return toCouponRuleView(row);
  });
}

export async function updateCouponRule(actor: Actor, id: string, input: CouponRuleUpdate): Promise<CouponRuleView> {
  return db().$transaction(async (tx) => {
    const before = await tx.posCouponRule.findFirst({ where: { id, tenantId: actor.tenantId } });
    if (!before) throw AppError.notFound(`Coupon rule ${id}`);
    await assertReferences(tx, actor.tenantId, input);
    const next = columns(input);
    // Version check and write in one statement: of two concurrent editors, exactly one wins.
    const written = await tx.posCouponRule.updateMany({
      where: { id, tenantId: actor.tenantId, version: input.version },
      data: { ...next, version: randomUUID(), updatedBy: actorLabel(actor) },
    });
    if (written.count !== 1)
      throw new AppError(
        "version_mismatch",
        "This coupon rule was changed by someone else since you read it; reload it and apply your change again",
        { details: { currentVersion: before.version } },
      );
    const previous = Object.fromEntries(Object.keys(next).map((key) => [key, before[key as keyof typeof before]]));
    await recordAuditEvent(tx, actor, {
      action: "update",
      objectType: "pos_coupon_rule",
      objectId: id,
      changes: diffFields(previous, next),
    });
    return toCouponRuleView(await tx.posCouponRule.findUniqueOrThrow({ where: { id } }));
  });
}
