// "Generate N codes": checks the pattern (pattern.ts: refuses what it cannot satisfy, writing nothing) and
// queues a job of kind "generate" that the runner's codes.import handler runs like a CSV import.
import type { Actor } from "@/lib/auth/actor";
import { actorLabel } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getCouponForCodes } from "@/lib/codes/get-coupon-for-codes";
import { enqueueImportJob, type JobActor } from "@/lib/codes/import-jobs";
import { kickJobRunner } from "@/lib/jobs/runner";
import { analysePattern, formatChance, type PatternSpec } from "@/lib/codes/pattern";
import { toImportView, type CodeImportView } from "@/lib/codes/views";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export async function createGenerationJob(actor: Actor, couponId: string, spec: PatternSpec): Promise<CodeImportView> {
  const coupon = await getCouponForCodes(actor.tenantId, couponId);
  const checked = analysePattern(spec);
  if (!checked.ok) throw AppError.validation(checked.causes, "This pattern cannot produce the codes asked for; nothing was generated");
  const { analysis } = checked;
  const label = `${analysis.prefix}${analysis.template}${analysis.postfix} × ${spec.count.toLocaleString("en")}`;
  const jobActor: JobActor = { type: actor.type, id: actor.id, name: actor.name, role: actor.role };
  const row = await db().$transaction(async (tx) => {
    const created = await tx.codeImport.create({
      data: {
        tenantId: actor.tenantId,
        offerId: coupon.id,
        kind: "generate",
        status: "queued",
        fileName: label.slice(0, 200),
        totalRows: spec.count,
        createdBy: actorLabel(actor),
        options: { actor: jobActor, pattern: spec },
      },
    });
    await recordAuditEvent(tx, actor, {
      action: "create",
      objectType: "code_import",
      objectId: created.id,
      changes: {
        couponId: coupon.id,
        kind: "generate",
        pattern: spec,
        space: analysis.space.toString(),
        guessChance: formatChance(analysis.guessChance),
      },
    });
    await enqueueImportJob(tx, actor.tenantId, created.id);
    return created;
  });
  kickJobRunner();
  return toImportView(row);
}
