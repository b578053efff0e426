// Adds codes typed by hand or sent by an integration (POST /coupons/{id}/codes): all or nothing; every
// bad, repeated or already-used code is named in `causes` as codes[i].
import type { Actor } from "@/lib/auth/actor";
import { recordCodeAuditEvents } from "@/lib/codes/audit-codes";
import { newCodeId } from "@/lib/codes/code-id";
import { CODE_PROBLEM_MESSAGES, codeProblem } from "@/lib/codes/code-rules";
import { codeMaxRedemptions, getCouponForCodes } from "@/lib/codes/get-coupon-for-codes";
import type { AddCodesInput } from "@/lib/codes/schemas";
import { toCodeView, type CodeView } from "@/lib/codes/views";
import { db } from "@/lib/db/client";
import { AppError, type ErrorCause } from "@/lib/errors";

function inputCauses(codes: string[]): ErrorCause[] {
  const causes: ErrorCause[] = [];
  const firstIndex = new Map<string, number>();
  codes.forEach((code, i) => {
    const problem = codeProblem(code);
    if (problem)
      causes.push({
        field: `codes[${i}]`,
        message: `${JSON.stringify(code.slice(0, 80))}: ${CODE_PROBLEM_MESSAGES[problem]}`,
        code: problem,
      });
    else if (firstIndex.has(code))
      causes.push({
        field: `codes[${i}]`,
        message: `${JSON.stringify(code)} is repeated (first at codes[${firstIndex.get(code)}])`,
        code: "duplicate_in_request",
      });
    else firstIndex.set(code, i);
  });
  return causes;
}

async function existingCauses(tenantId: string, codes: string[]): Promise<ErrorCause[]> {
  const existing = await db().couponCode.findMany({ where: { tenantId, code: { in: codes } }, select: { code: true } });
  const taken = new Set(existing.map((e) => e.code));
  return codes.flatMap((code, i) =>
    taken.has(code)
      ? [{ field: `codes[${i}]`, message: `${JSON.stringify(code)} already exists in this tenant`, code: "already_exists" }]
      : [],
  );
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2002";
}

export async function addCodes(actor: Actor, couponId: string, input: AddCodesInput): Promise<CodeView[]> {
  const coupon = await getCouponForCodes(actor.tenantId, couponId);
  const codes = input.codes;
  const bad = inputCauses(codes);
  if (bad.length > 0) throw AppError.validation(bad, "Some codes are not valid; nothing was added");
  const taken = await existingCauses(actor.tenantId, codes);
  if (taken.length > 0) throw AppError.validation(taken, "Some codes already exist; nothing was added");
  const rows = codes.map((code) => ({
    id: newCodeId(),
    tenantId: actor.tenantId,
    offerId: coupon.id,
    code,
    active: true,
    redemptions: 0,
    maxRedemptions: codeMaxRedemptions(coupon),
  }));
  try {
    await db().$transaction(async (tx) => {
      await tx.couponCode.createMany({ data: rows });
      await recordCodeAuditEvents(
        tx,
        actor,
        "create",
        rows.map((row) => ({ objectId: row.id, changes: { couponId: coupon.id, ...toCodeView(row) } })),
      );
    });
  } catch (error) {
    // Someone added one of these codes between our check and the insert: answer like the check would have.
    if (!isUniqueViolation(error)) throw error;
    const raced = await existingCauses(actor.tenantId, codes);
    throw raced.length > 0 ? AppError.validation(raced, "Some codes already exist; nothing was added") : error;
  }
  return rows.map(toCodeView);
}
