// Creates, replaces and deletes v0 discount rules (reference §7.6), each with its audit event in the same
// transaction. Labels are unique per tenant (409). A rule that definitions or coupons name can neither be
// deleted nor change its currency: their coupons' minimal order totals are written in that currency.
import { actorLabel, type Actor } from "@/lib/auth/actor";
import { diffFields, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { toMinor } from "@/lib/money/currency";
import { discountRuleUsers, findDiscountRule, findDiscountRuleByLabel } from "@/lib/legacy/queries";
import type { DiscountRuleInput } from "@/lib/legacy/schemas";
import { toDiscountRuleView, type DiscountRuleView } from "@/lib/legacy/views";

const OBJECT_TYPE = "legacy_discount_rule";

function columns(input: DiscountRuleInput) {
  const minor = (major: number | undefined) => (major === undefined ? null : toMinor(major, input.currency));
  return {
    label: input.label,
    description: input.description ?? null,
    scope: input.scope,
    type: input.type,
    amount: input.type === "fixed" ? toMinor(input.amount, input.currency) : null,
    percentage: input.type === "percentage" ? input.percentage : null,
    currency: input.currency,
    priority: input.priority,
    minimumOrderAmount: minor(input.minimum_order_amount),
    shippingPriceLimit: minor(input.shipping_price_limit),
    items: (input.items ?? []) as Prisma.InputJsonValue,
    categories: (input.categories ?? []) as Prisma.InputJsonValue,
  };
}

async function assertLabelFree(tx: Tx, tenantId: string, label: string, ownId?: string): Promise<void> {
  const holder = await findDiscountRuleByLabel(tx, tenantId, label);
  if (holder && holder.id !== ownId)
    throw new AppError("conflict", `A discount rule labelled ${label} already exists`, {
      causes: [{ field: "label", message: `label ${label} is used by discount rule ${holder.id}`, code: "duplicate" }],
    });
}

export async function createDiscountRule(actor: Actor, input: DiscountRuleInput): Promise<DiscountRuleView> {
  return db().$transaction(async (tx) => {
    await assertLabelFree(tx, actor.tenantId, input.label);
    const row = await tx.legacyDiscountRule.create({
      data: { tenantId: actor.tenantId, ...columns(input), createdBy: actorLabel(actor), updatedBy: actorLabel(actor) },
    });
    const view = toDiscountRuleView(row);
    await recordAuditEvent(tx, actor, { action: "create", objectType: OBJECT_TYPE, objectId: row.id, changes: view });
    return view;
  });
}

export async function updateDiscountRule(actor: Actor, id: string, input: DiscountRuleInput): Promise<DiscountRuleView> {
  return db().$transaction(async (tx) => {
    const before = await findDiscountRule(tx, actor.tenantId, id);
    if (!before) throw AppError.notFound(`Discount rule ${id}`);
    await assertLabelFree(tx, actor.tenantId, input.label, id);
    if (input.currency !== before.currency) {
      const users = await discountRuleUsers(tx, actor.tenantId, id);
      if (users.templates.length > 0 || users.coupons > 0)
        throw new AppError("conflict", `Discount rule ${before.label} is in use, so its currency stays ${before.currency}`, {
          causes: [{ field: "currency", message: `currency cannot change while ${describeUsers(users)} use this rule`, code: "in_use" }],
        });
    }
    const row = await tx.legacyDiscountRule.update({ where: { id: before.id }, data: { ...columns(input), updatedBy: actorLabel(actor) } });
    const view = toDiscountRuleView(row);
    const { updated_at: _before, ...previous } = toDiscountRuleView(before);
    const { updated_at: _after, ...next } = view;
    void [_before, _after];
    await recordAuditEvent(tx, actor, { action: "update", objectType: OBJECT_TYPE, objectId: id, changes: diffFields(previous, next) });
    return view;
  });
}

export async function deleteDiscountRule(actor: Actor, id: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await findDiscountRule(tx, actor.tenantId, id);
    if (!before) throw AppError.notFound(`Discount rule ${id}`);
    const users = await discountRuleUsers(tx, actor.tenantId, id);
    if (users.templates.length > 0 || users.coupons > 0)
      throw new AppError("conflict", `Discount rule ${before.label} is used by ${describeUsers(users)}; point them at another rule first`, {
        causes: [{ field: "id", message: `used by ${describeUsers(users)}`, code: "in_use" }],
      });
    await tx.legacyDiscountRule.delete({ where: { id: before.id } });
    await recordAuditEvent(tx, actor, { action: "delete", objectType: OBJECT_TYPE, objectId: id, changes: toDiscountRuleView(before) });
  });
}

function describeUsers(users: { templates: string[]; coupons: number }): string {
  const parts = [];
  if (users.templates.length > 0) parts.push(`definition(s) ${users.templates.join(", ")}`);
  if (users.coupons > 0) parts.push(`${users.coupons} coupon(s)`);
  return parts.join(" and ");
}
