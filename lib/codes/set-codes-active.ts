// Activates or deactivates codes of one coupon (PUT /codes/{codeId} for one, the console's bulk action for
// many). Deactivating a code touches nothing else (reference §11.7). One audit event per code that changed.
import type { Actor } from "@/lib/auth/actor";
import { recordCodeAuditEvents } from "@/lib/codes/audit-codes";
import { getCouponForCodes } from "@/lib/codes/get-coupon-for-codes";
import type { CodeUpdateInput } from "@/lib/codes/schemas";
import { toCodeView, type CodeView } from "@/lib/codes/views";
import { db } from "@/lib/db/client";
import { AppError, type ErrorCause } from "@/lib/errors";

const SELECT = { id: true, code: true, redemptions: true, active: true } as const;

export async function setCodesActive(actor: Actor, couponId: string, ids: string[], active: boolean): Promise<{ changed: number }> {
  await getCouponForCodes(actor.tenantId, couponId);
  return db().$transaction(async (tx) => {
    const where = { tenantId: actor.tenantId, offerId: couponId, id: { in: ids }, active: !active };
    const changing = await tx.couponCode.findMany({ where, select: { id: true } });
    if (changing.length === 0) return { changed: 0 };
    await tx.couponCode.updateMany({ where: { ...where, id: { in: changing.map((c) => c.id) } }, data: { active } });
    await recordCodeAuditEvents(
      tx,
      actor,
      "update",
      changing.map(({ id }) => ({ objectId: id, changes: { active: { from: !active, to: active } } })),
    );
    return { changed: changing.length };
  });
}

/** PUT /coupons/{id}/codes/{codeId}: the body may echo the code as read, but only `active` may change. */
export async function updateCode(actor: Actor, couponId: string, codeId: string, input: CodeUpdateInput): Promise<CodeView> {
  await getCouponForCodes(actor.tenantId, couponId);
  const where = { id: codeId, tenantId: actor.tenantId, offerId: couponId };
  const before = await db().couponCode.findFirst({ where, select: SELECT });
  if (!before) throw AppError.notFound(`Code ${codeId}`);
  const causes: ErrorCause[] = [];
  if (input.id !== undefined && input.id !== before.id)
    causes.push({ field: "id", message: "id must match the code in the path", code: "read_only" });
  if (input.name !== undefined && input.name !== before.code)
    causes.push({ field: "name", message: "name cannot change; only active is writable", code: "read_only" });
  if (input.redemptions !== undefined && input.redemptions !== before.redemptions)
    causes.push({ field: "redemptions", message: "redemptions cannot change; only active is writable", code: "read_only" });
  if (causes.length > 0) throw AppError.validation(causes, "Only active can be changed on a code");
  if (before.active !== input.active) await setCodesActive(actor, couponId, [codeId], input.active);
  const after = await db().couponCode.findFirst({ where, select: SELECT });
  if (!after) throw AppError.notFound(`Code ${codeId}`);
  return toCodeView(after);
}
