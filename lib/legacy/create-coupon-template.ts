// Creates a coupon template (reference §7.5): like a definition, without a discount rule; its optional
// amount is the fixed discount of its coupons. Shares the label namespace with definitions (409).
import { actorLabel, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { toMinor } from "@/lib/money/currency";
import { compilePatternOrThrow } from "@/lib/legacy/create-coupon-codes";
import type { CouponTemplateInput } from "@/lib/legacy/schemas";
import { assertLabelFree, assertRulesConsistent, minimumCurrencyCauses } from "@/lib/legacy/template-checks";
import type { LabelledView } from "@/lib/legacy/view-schemas";

export const TEMPLATE_OBJECT_TYPE = "legacy_coupon_template";

export async function createCouponTemplate(actor: Actor, input: CouponTemplateInput): Promise<LabelledView> {
  compilePatternOrThrow(input.pattern);
  const rules = input.validation_rules ?? [];
  assertRulesConsistent(rules);
  const mismatch = minimumCurrencyCauses(rules, input.amount?.currency ?? null);
  if (mismatch.length > 0) throw AppError.validation(mismatch, "The minimal order total must be in the amount's currency");
  return db().$transaction(async (tx) => {
    await assertLabelFree(tx, actor.tenantId, input.label);
    const row = await tx.legacyTemplate.create({
      data: {
        tenantId: actor.tenantId,
        kind: "template",
        label: input.label,
        pattern: input.pattern,
        validationRules: rules as Prisma.InputJsonValue,
        channelTypes: [],
        amount: input.amount ? toMinor(input.amount.value, input.amount.currency) : null,
        currency: input.amount?.currency ?? null,
        createdBy: actorLabel(actor),
        updatedBy: actorLabel(actor),
      },
    });
    await recordAuditEvent(tx, actor, { action: "create", objectType: TEMPLATE_OBJECT_TYPE, objectId: row.id, changes: input });
    return { id: row.id, label: row.label };
  });
}
