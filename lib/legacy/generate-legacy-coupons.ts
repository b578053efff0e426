// The console's "generate N coupons" of a definition (or a template with an amount): up to
// SYNC_GENERATION_LIMIT at once in one transaction, more as a job on the one runner with progress on a
// CodeImport row (legacy-generation-job.ts). Either way 409 at once when the pattern cannot hold them.
import { actorLabel, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { kickJobRunner } from "@/lib/jobs/runner";
import { toImportView, type CodeImportView } from "@/lib/codes/views";
import type { JobActor } from "@/lib/codes/import-jobs";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { templateHasDiscount } from "@/lib/legacy/coupon-discount";
import { compilePatternOrThrow, createCouponCodes, patternUsedUp, SYNC_GENERATION_LIMIT } from "@/lib/legacy/create-coupon-codes";
import { LEGACY_GENERATION_JOB_KIND, LEGACY_GENERATION_KIND } from "@/lib/legacy/legacy-generation-job";
import { countTemplateCoupons, findTemplate } from "@/lib/legacy/queries";
import { DEFINITION_OBJECT_TYPE } from "@/lib/legacy/save-coupon-definition";

/** The most coupons one request may ask for (a job of this size runs for minutes). */
export const MAX_GENERATION_COUNT = 1_000_000;

export type Generation = { created: number; codes: string[]; job: null } | { created: 0; codes: []; job: CodeImportView };

export async function generateLegacyCoupons(actor: Actor, templateId: string, count: number): Promise<Generation> {
  const tenantId = actor.tenantId;
  if (!Number.isInteger(count) || count < 1 || count > MAX_GENERATION_COUNT)
    throw AppError.field("count", `count must be a whole number from 1 to ${MAX_GENERATION_COUNT.toLocaleString("en")}`, "out_of_range");
  const template = await findTemplate(db(), tenantId, templateId);
  if (!template) throw AppError.notFound(`Coupon definition ${templateId}`);
  if (!templateHasDiscount(template))
    throw AppError.field(
      "count",
      `${template.label} has no discount rule and no amount: its coupons are created one by one, each with its own amount`,
      "no_discount",
    );
  const pattern = compilePatternOrThrow(template.pattern);
  const existing = (await countTemplateCoupons(db(), tenantId, [template.id])).get(template.id) ?? 0;
  if (BigInt(existing) + BigInt(count) > pattern.capacity)
    throw patternUsedUp(template.label, `it holds ${pattern.capacity} codes, ${existing} are coupons already, ${count} more asked for`);

  if (count <= SYNC_GENERATION_LIMIT) {
    const created = await db().$transaction(async (tx) => {
      const rows = await createCouponCodes(tx, tenantId, template, pattern, count);
      await recordAuditEvent(tx, actor, {
        action: "generate",
        objectType: DEFINITION_OBJECT_TYPE,
        objectId: template.id,
        changes: { count: rows.length },
      });
      return rows;
    });
    return { created: created.length, codes: created.map((c) => c.code), job: null };
  }

  const jobActor: JobActor = { type: actor.type, id: actor.id, name: actor.name, role: actor.role };
  const row = await db().$transaction(async (tx) => {
    const job = await tx.codeImport.create({
      data: {
        tenantId,
        offerId: template.id,
        kind: LEGACY_GENERATION_KIND,
        status: "queued",
        fileName: `${template.label} × ${count.toLocaleString("en")}`.slice(0, 200),
        totalRows: count,
        createdBy: actorLabel(actor),
        options: { actor: jobActor },
      },
    });
    await recordAuditEvent(tx, actor, {
      action: "generate",
      objectType: DEFINITION_OBJECT_TYPE,
      objectId: template.id,
      changes: { count, jobId: job.id },
    });
    await enqueueJob(tx, { kind: LEGACY_GENERATION_JOB_KIND, tenantId, payload: { importId: job.id }, dedupKey: job.id });
    return job;
  });
  kickJobRunner();
  return { created: 0, codes: [], job: toImportView(row) };
}
