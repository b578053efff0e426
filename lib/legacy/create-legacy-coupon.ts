// POST /api/v0/d/coupons (reference §7.4): one new coupon of a definition or template, its code drawn
// at random from the pattern, unique in the tenant across v0 and v1 codes (409 when none is left). Its
// own rules must combine with its template's (§11.6, 400 naming the rule); all is written in one
// transaction with its audit event.
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { resolveCouponDiscount } from "@/lib/legacy/coupon-discount";
import { compilePatternOrThrow, createCouponCodes } from "@/lib/legacy/create-coupon-codes";
import { findCoupon, findTemplateByLabel, hasOwnFacts, saveCouponOwn, type NewCouponOwn } from "@/lib/legacy/queries";
import type { LegacyCouponCreateInput, ValidationRule } from "@/lib/legacy/schemas";
import { combinedRulesOrThrow, minimumCurrencyCauses } from "@/lib/legacy/template-checks";
import { readRules, toLegacyCouponView, type LegacyCouponView } from "@/lib/legacy/views";

export const COUPON_OBJECT_TYPE = "legacy_coupon";

/** The coupon's own and its template's minimal order totals must be in the currency its discount is taken in. */
export function assertMinimumCurrency(templateRules: ValidationRule[], own: ValidationRule[], currency: string, templateLabel: string) {
  const causes = [
    ...minimumCurrencyCauses(own, currency),
    ...minimumCurrencyCauses(templateRules, currency, "template_label").map((c) => ({
      ...c,
      field: "template_label",
      message: `${templateLabel}: ${c.message}`,
    })),
  ];
  if (causes.length > 0) throw AppError.validation(causes, "A minimal order total is in another currency than the coupon's discount");
}

export async function createLegacyCoupon(actor: Actor, input: LegacyCouponCreateInput): Promise<LegacyCouponView> {
  const tenantId = actor.tenantId;
  return db().$transaction(async (tx) => {
    const template = await findTemplateByLabel(tx, tenantId, input.template_label);
    if (!template)
      throw AppError.field("template_label", `No coupon definition or template is labelled ${input.template_label}`, "not_found");
    const templateRules = readRules(template.validationRules);
    const ownRules = input.validation_rules ?? [];
    combinedRulesOrThrow(templateRules, ownRules);
    const discount = await resolveCouponDiscount(tx, template, input);
    assertMinimumCurrency(templateRules, ownRules, discount.currency, template.label);
    const [created] = await createCouponCodes(tx, tenantId, template, compilePatternOrThrow(template.pattern, "template_label"), 1);
    const own: NewCouponOwn = { label: input.label || null, validationRules: ownRules, ...discount.own };
    if (hasOwnFacts(own)) await saveCouponOwn(tx, tenantId, created.id, template.id, own);
    const coupon = await findCoupon(tx, tenantId, created.id);
    const view = toLegacyCouponView(coupon!);
    await recordAuditEvent(tx, actor, {
      action: "create",
      objectType: COUPON_OBJECT_TYPE,
      objectId: created.id,
      changes: { code: view.code, template_label: template.label, label: view.label, validation_rules: ownRules, ...discount.own },
    });
    return view;
  });
}
