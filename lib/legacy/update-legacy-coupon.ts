// PATCH (and the deprecated POST) /api/v0/d/coupons/{id} (reference §7.4): the enable flag (false → the
// code is refused as code_inactive at checkout and redemption) and the coupon's own rules, combined with
// its template's as on create (§11.6). One transaction with its audit event.
import type { Actor } from "@/lib/auth/actor";
import { diffFields, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertMinimumCurrency, COUPON_OBJECT_TYPE } from "@/lib/legacy/create-legacy-coupon";
import { couponCurrency, findCoupon, findTemplate, saveCouponOwn, setCouponEnabled } from "@/lib/legacy/queries";
import type { LegacyCouponUpdateInput } from "@/lib/legacy/schemas";
import { combinedRulesOrThrow } from "@/lib/legacy/template-checks";
import { readRules, toLegacyCouponView, type LegacyCouponView } from "@/lib/legacy/views";

export async function updateLegacyCoupon(actor: Actor, id: string, input: LegacyCouponUpdateInput): Promise<LegacyCouponView> {
  const tenantId = actor.tenantId;
  return db().$transaction(async (tx) => {
    const before = await findCoupon(tx, tenantId, id);
    if (!before) throw AppError.notFound(`Coupon ${id}`);
    if (input.validation_rules !== undefined) {
      const template = (await findTemplate(tx, tenantId, before.templateId))!;
      const templateRules = readRules(template.validationRules);
      combinedRulesOrThrow(templateRules, input.validation_rules);
      const currency = await couponCurrency(tx, tenantId, template, before.own);
      if (currency) assertMinimumCurrency(templateRules, input.validation_rules, currency, template.label);
      await saveCouponOwn(tx, tenantId, id, before.templateId, {
        label: before.own?.label ?? null,
        validationRules: input.validation_rules,
        discountRuleId: before.own?.discountRuleId ?? null,
        amount: before.own?.amount ?? null,
        currency: before.own?.currency ?? null,
      });
    }
    if (input.is_enabled !== undefined) await setCouponEnabled(tx, tenantId, id, input.is_enabled);
    const view = toLegacyCouponView((await findCoupon(tx, tenantId, id))!);
    const previous = toLegacyCouponView(before);
    await recordAuditEvent(tx, actor, {
      action: "update",
      objectType: COUPON_OBJECT_TYPE,
      objectId: id,
      changes: diffFields(
        { is_enabled: previous.is_enabled, validation_rules: previous.validation_rules },
        { is_enabled: view.is_enabled, validation_rules: view.validation_rules },
      ),
    });
    return view;
  });
}
