// Replaces or deletes the tenant's exclusion list. Ids are deduplicated and capped (EXCLUSION_LIST_MAX_IDS,
// default 1000); every change bumps offersRevision so pricing caches reload, and re-runs the scenarios.
import { actorLabel, type Actor } from "@/lib/auth/actor";
import { diffFields, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { toExclusionListView } from "@/lib/offers/exclusions/get-exclusion-list";
import { bumpOffersRevision, loadTenant } from "@/lib/offers/offer-writes";
import type { ExclusionListInput, ExclusionListView } from "@/lib/offers/schemas";
import { refreshScenarioOutcomes } from "@/lib/scenarios/refresh-scenario-outcomes";

export async function saveExclusionList(
  actor: Actor,
  input: ExclusionListInput,
  options: { requestId?: string } = {},
): Promise<ExclusionListView> {
  const ids = [...new Set(input.ids)];
  const max = env().EXCLUSION_LIST_MAX_IDS;
  if (ids.length > max)
    throw AppError.field("ids", `The exclusion list holds at most ${max} distinct product ids (got ${ids.length})`, "too_big");
  const view = await db().$transaction(async (tx) => {
    const tenant = await loadTenant(tx, actor.tenantId);
    const before = await tx.exclusionList.findUnique({ where: { tenantId: actor.tenantId } });
    const label = actorLabel(actor);
    const row = await tx.exclusionList.upsert({
      where: { tenantId: actor.tenantId },
      create: { tenantId: actor.tenantId, ids, createdBy: label, updatedBy: label },
      update: { ids, updatedBy: label },
    });
    await bumpOffersRevision(tx, actor.tenantId);
    const previous = Array.isArray(before?.ids) ? (before.ids as string[]) : [];
    const added = ids.filter((id) => !previous.includes(id));
    const removed = previous.filter((id) => !ids.includes(id));
    await recordAuditEvent(tx, actor, {
      action: before ? "update" : "create",
      objectType: "exclusion_list",
      objectId: actor.tenantId,
      changes: { ...diffFields({ count: previous.length }, { count: ids.length }), added, removed },
      requestId: options.requestId,
    });
    return toExclusionListView(tenant.slug, row);
  });
  await refreshScenarioOutcomes(actor.tenantId);
  return view;
}

export async function deleteExclusionList(actor: Actor, options: { requestId?: string } = {}): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await tx.exclusionList.findUnique({ where: { tenantId: actor.tenantId } });
    if (!before) return;
    await tx.exclusionList.delete({ where: { tenantId: actor.tenantId } });
    await bumpOffersRevision(tx, actor.tenantId);
    await recordAuditEvent(tx, actor, {
      action: "delete",
      objectType: "exclusion_list",
      objectId: actor.tenantId,
      changes: { removed: before.ids },
      requestId: options.requestId,
    });
  });
  await refreshScenarioOutcomes(actor.tenantId);
}
