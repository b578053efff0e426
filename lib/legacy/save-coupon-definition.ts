// Creates and replaces coupon definitions (reference §7.2, PUT overwrites), each with its audit event in
// the same transaction. A replaced definition re-limits its coupons' codes to the new max_redemptions and
// must still combine with every coupon's own rules (§11.6): otherwise 400 naming the coupon.
import { actorLabel, type Actor } from "@/lib/auth/actor";
import { diffFields, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db, type Tx } from "@/lib/db/client";
import { AppError, type ErrorCause } from "@/lib/errors";
import type { LegacyTemplate, Prisma } from "@/lib/generated/sqlite/client";
import { compilePatternOrThrow } from "@/lib/legacy/create-coupon-codes";
import { combineRules } from "@/lib/legacy/combine-rules";
import { countTemplateCoupons, couponsWithOwnRules, findTemplate, limitTemplateCoupons } from "@/lib/legacy/queries";
import type { CouponDefinitionInput } from "@/lib/legacy/schemas";
import { assertLabelFree, assertRulesConsistent, discountRuleOrThrow, minimumCurrencyCauses } from "@/lib/legacy/template-checks";
import { readRules, toDefinitionView, type CouponDefinitionView } from "@/lib/legacy/views";

export const DEFINITION_OBJECT_TYPE = "legacy_coupon_definition";

function columns(input: CouponDefinitionInput) {
  return {
    label: input.label,
    pattern: input.pattern,
    validationRules: (input.validation_rules ?? []) as Prisma.InputJsonValue,
    discountRuleId: input.discount_rule_id,
    channelTypes: (input.channel_types ?? []) as Prisma.InputJsonValue,
    maxRedemptions: input.max_redemptions ?? null,
  };
}

export async function definitionView(client: Tx | ReturnType<typeof db>, row: LegacyTemplate): Promise<CouponDefinitionView> {
  const counts = await countTemplateCoupons(client, row.tenantId, [row.id]);
  return toDefinitionView(row, compilePatternOrThrow(row.pattern).capacity, counts.get(row.id) ?? 0);
}

async function checkInput(tx: Tx, tenantId: string, input: CouponDefinitionInput, ownId?: string) {
  compilePatternOrThrow(input.pattern);
  assertRulesConsistent(input.validation_rules ?? []);
  await assertLabelFree(tx, tenantId, input.label, ownId);
  return discountRuleOrThrow(tx, tenantId, input.discount_rule_id);
}

export async function createCouponDefinition(actor: Actor, input: CouponDefinitionInput): Promise<CouponDefinitionView> {
  return db().$transaction(async (tx) => {
    await checkInput(tx, actor.tenantId, input);
    const row = await tx.legacyTemplate.create({
      data: { tenantId: actor.tenantId, kind: "definition", ...columns(input), createdBy: actorLabel(actor), updatedBy: actorLabel(actor) },
    });
    const view = await definitionView(tx, row);
    await recordAuditEvent(tx, actor, { action: "create", objectType: DEFINITION_OBJECT_TYPE, objectId: row.id, changes: editable(view) });
    return view;
  });
}

export async function updateCouponDefinition(actor: Actor, id: string, input: CouponDefinitionInput): Promise<CouponDefinitionView> {
  return db().$transaction(async (tx) => {
    const before = await findTemplate(tx, actor.tenantId, id, "definition");
    if (!before) throw AppError.notFound(`Coupon definition ${id}`);
    const rule = await checkInput(tx, actor.tenantId, input, id);
    await assertCouponsStillCombine(tx, actor.tenantId, id, input, rule.currency);
    // The definition row first: a generation batch holds it while it writes codes with the old limit
    // (lib/codes/bulk-writer-*.ts), so the re-limit below also covers that batch's codes.
    const row = await tx.legacyTemplate.update({ where: { id: before.id }, data: { ...columns(input), updatedBy: actorLabel(actor) } });
    if (before.maxRedemptions !== row.maxRedemptions) await limitTemplateCoupons(tx, actor.tenantId, id, row.maxRedemptions);
    const previous = await definitionView(tx, before);
    const view = await definitionView(tx, row);
    await recordAuditEvent(tx, actor, {
      action: "update",
      objectType: DEFINITION_OBJECT_TYPE,
      objectId: id,
      changes: diffFields(editable(previous), editable(view)),
    });
    return view;
  });
}

/** The fields a PUT sets, for the audit log (counts and stamps change on their own). */
export function editable(view: CouponDefinitionView) {
  const { label, pattern, validation_rules, discount_rule_id, max_redemptions, channel_types } = view;
  return { label, pattern, validation_rules, discount_rule_id, max_redemptions, channel_types };
}

async function assertCouponsStillCombine(tx: Tx, tenantId: string, id: string, input: CouponDefinitionInput, currency: string) {
  const causes: ErrorCause[] = [];
  for (const coupon of await couponsWithOwnRules(tx, tenantId, id)) {
    const own = readRules(coupon.validationRules);
    const naming = (field: string) => (cause: ErrorCause) => ({ ...cause, field, message: `Coupon ${coupon.id}: ${cause.message}` });
    const combined = combineRules(input.validation_rules ?? [], own);
    if (!combined.ok) causes.push(...combined.causes.map(naming("validation_rules")));
    // A coupon with a discount of its own keeps that discount's currency.
    if (!coupon.discountRuleId && coupon.amount === null)
      causes.push(...minimumCurrencyCauses(own, currency).map(naming("discount_rule_id")));
    if (causes.length >= 20) break;
  }
  if (causes.length > 0)
    throw AppError.validation(causes, "The new definition conflicts with the own rules of some of its coupons; change those coupons first");
}
