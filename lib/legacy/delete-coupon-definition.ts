// Deletes a coupon definition with its coupons (reference §7.1): refused with 409 once any of its coupons
// is redeemed (a reverted redemption gave its use back). Its generation jobs are failed first, so no batch
// writes codes for a definition that is gone; the codes go next, so a redemption racing this either
// committed (and is seen below, rolling the delete back) or finds no code.
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { countTemplateRedemptions, deleteTemplateCoupons, findTemplate } from "@/lib/legacy/queries";
import { DEFINITION_OBJECT_TYPE } from "@/lib/legacy/save-coupon-definition";

export async function deleteCouponDefinition(actor: Actor, id: string): Promise<void> {
  const tenantId = actor.tenantId;
  await db().$transaction(async (tx) => {
    const before = await findTemplate(tx, tenantId, id, "definition");
    if (!before) throw AppError.notFound(`Coupon definition ${id}`);
    await tx.codeImport.updateMany({
      where: { tenantId, offerId: id, status: { in: ["queued", "processing"] } },
      data: { status: "failed", failureReason: "The coupon definition was deleted", finishedAt: new Date(), claimToken: null },
    });
    await tx.legacyTemplate.delete({ where: { id: before.id } });
    const coupons = await deleteTemplateCoupons(tx, tenantId, id);
    const redeemed = await countTemplateRedemptions(tx, tenantId, id);
    if (redeemed > 0)
      throw new AppError("conflict", `Coupon definition ${before.label} cannot be deleted: its coupons were redeemed ${redeemed} time(s)`, {
        causes: [
          { field: "id", message: "A definition whose coupons were used cannot be deleted; disable its coupons instead", code: "in_use" },
        ],
      });
    await recordAuditEvent(tx, actor, {
      action: "delete",
      objectType: DEFINITION_OBJECT_TYPE,
      objectId: id,
      changes: { label: before.label, pattern: before.pattern, coupons },
    });
  });
}
