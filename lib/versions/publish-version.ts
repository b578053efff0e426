// Publishing a version (contract §8): now, at an instant (scheduled), or an earlier version again (a
// rollback) — one operation at different times. Publishing writes the version's snapshot onto the live
// row in the same transaction that marks it published, so pricing switches at once (the tenant's offer
// revision moves). Before anything is written the scenario suite runs with the version in place of the
// live offer: when pinned expectations break, publishing needs acceptBrokenScenarios and a note, and
// both go into the audit log.
import { actorLabel, type Actor } from "@/lib/auth/actor";
import { diffFields, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { refreshScenarioOutcomes } from "@/lib/scenarios/refresh-scenario-outcomes";
import { guardPublish } from "@/lib/scenarios/guard-publish";
import type { ScenarioImpact } from "@/lib/scenarios/schemas";
import { adapterFor } from "@/lib/versions/adapters";
import { KIND_LABELS, type VersionKind } from "@/lib/versions/kinds";
import { cancelPublishJob, enqueuePublishJob, wakeRunnerAt } from "@/lib/versions/publish-job";
import {
  findVersionRow,
  findVersionRowById,
  findWorkingDraftRow,
  insertVersionRow,
  moveVersionRow,
  supersedePublishedRows,
  type VersionRow,
} from "@/lib/versions/queries";
import type { PublishInput, VersionView } from "@/lib/versions/schemas";
import { toVersionView } from "@/lib/versions/version-view";

export type PublishResult = { version: VersionView; live: boolean; impact: ScenarioImpact };

async function targetVersion(
  kind: VersionKind,
  ref: { tenantId: string; kind: VersionKind; offerId: string },
  number?: number,
): Promise<VersionRow> {
  const row = number ? await findVersionRow(db(), ref, number) : await findWorkingDraftRow(db(), ref);
  if (row) return row;
  if (number) throw AppError.notFound(`Version ${number} of this ${KIND_LABELS[kind]}`);
  throw new AppError("not_found", `This ${KIND_LABELS[kind]} has no draft to publish: save a draft first, or name the version to publish`, {
    causes: [{ field: "number", message: "No draft; name a version", code: "not_found" }],
  });
}

export async function publishVersion(
  actor: Actor,
  kind: VersionKind,
  offerId: string,
  input: PublishInput,
  options: { requestId?: string; now?: Date } = {},
): Promise<PublishResult> {
  const adapter = adapterFor(kind);
  const now = options.now ?? new Date();
  const ref = { tenantId: actor.tenantId, kind, offerId };
  const live = await adapter.findLive(db(), actor.tenantId, offerId);
  const target = await targetVersion(kind, ref, input.number);
  if (target.status === "published") throw new AppError("conflict", `Version ${target.number} is already live`);
  const snapshot = adapter.parseSnapshot(target.snapshot);
  const when = input.at ? new Date(input.at) : now;
  const scheduled = when.getTime() > now.getTime();

  const { impact, brokenScenarios } = await guardPublish(actor.tenantId, { kind, offerId, number: target.number, snapshot }, input, now);

  const author = actorLabel(actor);
  const rollback = target.status === "superseded";
  const version = await db().$transaction(async (tx) => {
    const current = await adapter.findLive(tx, actor.tenantId, offerId);
    await adapter.assertAcceptable(tx, actor.tenantId, current, snapshot);
    let row: VersionRow | null;
    if (rollback) {
      row = await insertVersionRow(tx, ref, {
        snapshot,
        status: scheduled ? "scheduled" : "published",
        author,
        note: input.note ?? `Restores version ${target.number}`,
        restoresNumber: target.number,
        publishAt: scheduled ? when : null,
        publishedAt: scheduled ? null : now,
        publishedBy: scheduled ? null : author,
      });
    } else {
      const moved = await moveVersionRow(
        tx,
        target,
        ["draft", "scheduled"],
        scheduled
          ? { status: "scheduled", publishAt: when, note: input.note ?? target.note }
          : { status: "published", publishAt: null, publishedAt: now, publishedBy: author, note: input.note ?? target.note },
      );
      if (!moved)
        throw new AppError(
          "conflict",
          `Version ${target.number} was saved, published or discarded by someone else meanwhile; read it again`,
        );
      row = await findVersionRowById(tx, target.id);
    }
    if (!row) throw new AppError("conflict", `Version ${target.number} was discarded meanwhile`);
    if (target.status === "scheduled") await cancelPublishJob(tx, target);
    if (scheduled) await enqueuePublishJob(tx, row, when);
    else {
      await adapter.writeLive(tx, actor, offerId, snapshot, { unpublished: false });
      await supersedePublishedRows(tx, ref, row.id);
    }
    await recordAuditEvent(tx, actor, {
      action: scheduled ? "schedule" : "publish",
      objectType: adapter.objectType,
      objectId: offerId,
      changes: {
        ...diffFields(live.snapshot, snapshot),
        publishedVersion: row.number,
        ...(rollback ? { restoresVersion: target.number } : {}),
        ...(scheduled ? { publishAt: when.toISOString() } : {}),
        ...(input.note ? { note: input.note } : {}),
        ...(brokenScenarios.length > 0 ? { acceptedBrokenScenarios: brokenScenarios } : {}),
      },
      requestId: options.requestId,
    });
    return row;
  });
  if (scheduled) wakeRunnerAt(when);
  else await refreshScenarioOutcomes(actor.tenantId);
  return { version: toVersionView(version), live: !scheduled, impact };
}
