// Scheduled publishing (contract §8): a scheduled version goes live when its instant comes, exactly once
// however many app instances run the scheduler (its job on the runner: publish-job.ts). The claim is one conditional statement (scheduled →
// published where publishAt <= now, checked by its row count) in the same transaction that writes the
// snapshot onto the live row: an instance that loses the race changes nothing, and a failure rolls the
// claim back with the write. A version that cannot go live as it stands (its offer was archived, a store
// it names was deleted) goes back to draft with the reason in its note and in the audit log.
import { systemActor } from "@/lib/auth/actor";
import { diffFields, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { refreshScenarioOutcomes } from "@/lib/scenarios/refresh-scenario-outcomes";
import { adapterFor } from "@/lib/versions/adapters";
import type { VersionKind } from "@/lib/versions/kinds";
import { claimDueVersionRow, moveVersionRow, supersedePublishedRows, type VersionRow } from "@/lib/versions/queries";

export const SCHEDULER_NAME = "Scheduler";

export type ScheduledOutcome = "published" | "taken" | "returned_to_draft";

/** Publishes one due version; "taken" when another instance (or an earlier call) already did. */
export async function publishScheduledVersion(row: VersionRow, now = new Date()): Promise<ScheduledOutcome> {
  const kind = row.kind as VersionKind;
  const adapter = adapterFor(kind);
  const actor = systemActor(row.tenantId, SCHEDULER_NAME);
  const ref = { tenantId: row.tenantId, kind, offerId: row.offerId };
  try {
    const published = await db().$transaction(async (tx) => {
      // First statement of the transaction, and a write: on SQLite it takes the write lock at once.
      if (!(await claimDueVersionRow(tx, row, now, SCHEDULER_NAME))) return false;
      const live = await adapter.findLive(tx, row.tenantId, row.offerId);
      const snapshot = adapter.parseSnapshot(row.snapshot);
      await adapter.assertAcceptable(tx, row.tenantId, live, snapshot);
      await adapter.writeLive(tx, actor, row.offerId, snapshot, { unpublished: false });
      await supersedePublishedRows(tx, ref, row.id);
      await recordAuditEvent(tx, actor, {
        action: "publish",
        objectType: adapter.objectType,
        objectId: row.offerId,
        changes: {
          ...diffFields(live.snapshot, snapshot),
          publishedVersion: row.number,
          scheduledFor: row.publishAt?.toISOString() ?? null,
          ...(row.restoresNumber ? { restoresVersion: row.restoresNumber } : {}),
        },
      });
      return true;
    });
    if (!published) return "taken";
  } catch (error) {
    if (!isAppError(error)) throw error;
    const details = error.causes.map((cause) => cause.message).join("; ");
    const why = details ? `${error.message} (${details})` : error.message;
    const reason = `Not published at ${now.toISOString()}: ${why}`;
    const returned = await db().$transaction(async (tx) => {
      if (!(await moveVersionRow(tx, row, ["scheduled"], { status: "draft", publishAt: null, note: reason.slice(0, 500) }))) return false;
      await recordAuditEvent(tx, actor, {
        action: "publish_failed",
        objectType: adapter.objectType,
        objectId: row.offerId,
        changes: { version: row.number, reason: why },
      });
      return true;
    });
    return returned ? "returned_to_draft" : "taken";
  }
  await refreshScenarioOutcomes(row.tenantId, now);
  return "published";
}
