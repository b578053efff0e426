// Saves the draft of an offer (contract §8): a change kept as an unpublished version, which the pricing
// API, redemption and the POS never see. One working draft per offer: the first save creates it, later
// saves replace it and must send the etag they read (a stale one answers 409 and changes nothing).
// A never-published offer's row mirrors its draft, so the lists show what is being prepared. Every save
// re-runs the scenario suite, against live and against live plus this draft, and answers what it changes.
import { actorLabel, type Actor } from "@/lib/auth/actor";
import { diffFields, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { runDraftImpact } from "@/lib/scenarios/run-suite";
import type { ScenarioImpact } from "@/lib/scenarios/schemas";
import { adapterFor } from "@/lib/versions/adapters";
import { KIND_LABELS, type VersionKind } from "@/lib/versions/kinds";
import { findWorkingDraftRow, insertVersionRow, updateDraftRow } from "@/lib/versions/queries";
import { ensureBaseVersion } from "@/lib/versions/record-published-version";
import type { VersionView } from "@/lib/versions/schemas";
import { toVersionView } from "@/lib/versions/version-view";

export type DraftInput = { snapshot: Record<string, unknown>; etag?: string; note?: string | null };
export type SavedDraft = { draft: VersionView; impact: ScenarioImpact };

function staleDraft(kind: VersionKind, current: { number: number; etag: string } | null): AppError {
  const what = `the draft of this ${KIND_LABELS[kind]}`;
  return current
    ? new AppError(
        "version_mismatch",
        `Someone else saved ${what} (version ${current.number}) since you read it. Read it again and re-apply your change.`,
        {
          causes: [{ field: "etag", message: "Stale etag: the draft changed since you read it", code: "version_mismatch" }],
          details: { currentEtag: current.etag },
        },
      )
    : new AppError(
        "version_mismatch",
        `The draft you edited was published or discarded meanwhile; start a new draft from the live ${KIND_LABELS[kind]}.`,
        {
          causes: [{ field: "etag", message: "No draft carries this etag any more", code: "version_mismatch" }],
        },
      );
}

export async function saveDraft(
  actor: Actor,
  kind: VersionKind,
  offerId: string,
  input: DraftInput,
  options: { requestId?: string } = {},
): Promise<SavedDraft> {
  const adapter = adapterFor(kind);
  const snapshot = adapter.parseSnapshot(input.snapshot);
  const draft = await db().$transaction(async (tx) => {
    const live = await adapter.findLive(tx, actor.tenantId, offerId);
    await adapter.assertAcceptable(tx, actor.tenantId, live, snapshot);
    const ref = { tenantId: actor.tenantId, kind, offerId };
    const author = actorLabel(actor);
    if (!live.unpublished) await ensureBaseVersion(tx, ref, { snapshot: live.snapshot, author: live.updatedBy, at: live.updatedAt });
    const working = await findWorkingDraftRow(tx, ref);
    let saved;
    if (working) {
      if (!input.etag)
        throw new AppError(
          "conflict",
          `This ${KIND_LABELS[kind]} already has a draft (version ${working.number}); send its etag to replace it.`,
          {
            causes: [{ field: "etag", message: "Required: the offer already has a draft", code: "draft_exists" }],
            details: { currentEtag: working.etag },
          },
        );
      if (!(await updateDraftRow(tx, working, input.etag, snapshot, input.note ?? null))) throw staleDraft(kind, working);
      saved = await findWorkingDraftRow(tx, ref);
    } else {
      if (input.etag) throw staleDraft(kind, null);
      saved = await insertVersionRow(tx, ref, { snapshot, status: "draft", author, note: input.note });
    }
    if (!saved) throw staleDraft(kind, null);
    if (live.unpublished) await adapter.writeLive(tx, actor, offerId, snapshot, { unpublished: true });
    await recordAuditEvent(tx, actor, {
      action: "save_draft",
      objectType: adapter.objectType,
      objectId: offerId,
      changes: { ...diffFields(live.snapshot, snapshot), draftVersion: saved.number },
      requestId: options.requestId,
    });
    return toVersionView(saved);
  });
  const impact = await runDraftImpact(actor.tenantId, [{ kind, offerId, number: draft.number, snapshot }]);
  return { draft, impact };
}
