// Full replace (PUT) of an offer with optimistic concurrency: the caller sends the version it read;
// a stale one answers 409 `version_mismatch` and changes nothing. `category` cannot change.
// A PUT goes live at once: it is recorded as a new published version of the offer (contract §8).
import { actorLabel, type Actor } from "@/lib/auth/actor";
import { diffFields, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { Family } from "@/lib/offers/family";
import { findOfferRowOrThrow, viewOf } from "@/lib/offers/get-offer-or-throw";
import { editableSnapshot, rowSnapshot } from "@/lib/offers/offer-view";
import { loadTenant } from "@/lib/offers/offer-writes";
import { replaceOfferRow, versionMismatch } from "@/lib/offers/replace-offer-row";
import type { OfferInput, OfferView } from "@/lib/offers/schemas";
import { refreshScenarioOutcomes } from "@/lib/scenarios/refresh-scenario-outcomes";
import { kindOfFamily } from "@/lib/versions/kinds";
import { recordPublishedVersion } from "@/lib/versions/record-published-version";

export async function updateOffer(
  actor: Actor,
  family: Family,
  id: string,
  input: OfferInput & { version: string },
  options: {
    requestId?: string;
    /** Why, kept with the version and the audit event (the console asks for it when scenarios break). */
    note?: string | null;
    /** Scenarios whose pinned expectation this change breaks, accepted by the person saving it. */
    acceptedBrokenScenarios?: string[];
  } = {},
): Promise<OfferView> {
  const view = await db().$transaction(async (tx) => {
    const tenant = await loadTenant(tx, actor.tenantId);
    const before = await findOfferRowOrThrow(tx, actor.tenantId, family, id);
    if (before.version !== input.version) throw versionMismatch(family, before.version);
    const row = await replaceOfferRow(tx, actor, tenant, family, before, input);
    const after = viewOf(row, tenant.slug);
    await recordPublishedVersion(
      tx,
      { tenantId: actor.tenantId, kind: kindOfFamily(family), offerId: id },
      {
        snapshot: rowSnapshot(row),
        author: actorLabel(actor),
        note: options.note,
        previous: before.unpublished ? undefined : { snapshot: rowSnapshot(before), author: before.updatedBy, at: before.updatedAt },
      },
    );
    await recordAuditEvent(tx, actor, {
      action: "update",
      objectType: family,
      objectId: id,
      changes: {
        ...diffFields(rowSnapshot(before), editableSnapshot(after)),
        ...(options.note ? { note: options.note } : {}),
        ...(options.acceptedBrokenScenarios?.length ? { acceptedBrokenScenarios: options.acceptedBrokenScenarios } : {}),
      },
      requestId: options.requestId,
    });
    return after;
  });
  await refreshScenarioOutcomes(actor.tenantId);
  return view;
}
