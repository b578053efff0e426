// Discards a version that never went live: a draft, or a scheduled version (which cancels its schedule).
// Published history is never deleted. A never-published offer keeps its last draft: archive the offer instead.
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { adapterFor } from "@/lib/versions/adapters";
import { KIND_LABELS, UNPUBLISHED_STATUSES, type VersionKind, type VersionStatus } from "@/lib/versions/kinds";
import { cancelPublishJob } from "@/lib/versions/publish-job";
import { deleteUnpublishedRow, findVersionRow, listVersionRows } from "@/lib/versions/queries";

export async function discardVersion(
  actor: Actor,
  kind: VersionKind,
  offerId: string,
  number: number,
  options: { requestId?: string } = {},
): Promise<void> {
  const adapter = adapterFor(kind);
  await db().$transaction(async (tx) => {
    const live = await adapter.findLive(tx, actor.tenantId, offerId);
    const ref = { tenantId: actor.tenantId, kind, offerId };
    const row = await findVersionRow(tx, ref, number);
    if (!row) throw AppError.notFound(`Version ${number} of this ${KIND_LABELS[kind]}`);
    if (!UNPUBLISHED_STATUSES.includes(row.status as VersionStatus))
      throw new AppError(
        "conflict",
        `Version ${number} was published: the history keeps every published version. Publish another version to replace it.`,
      );
    if (live.unpublished) {
      const { total } = await listVersionRows(tx, ref, { skip: 0, take: 1 });
      if (total <= 1)
        throw new AppError(
          "conflict",
          `This ${KIND_LABELS[kind]} exists only as this draft; archive it instead of discarding its only version.`,
        );
    }
    if (!(await deleteUnpublishedRow(tx, row))) throw new AppError("conflict", `Version ${number} was published meanwhile`);
    if (row.status === "scheduled") await cancelPublishJob(tx, row);
    await recordAuditEvent(tx, actor, {
      action: "discard_version",
      objectType: adapter.objectType,
      objectId: offerId,
      changes: { version: number, status: row.status },
      requestId: options.requestId,
    });
  });
}
