// Creates or replaces a POS campaign, with its audit event and its version (contract §8) in the same
// transaction. PUT replaces the whole object and needs the version read last (contract §1.4). The award
// (category and currency) cannot change after create: coupons already printed promise it (contract §1.4:
// category is immutable). `asDraft` creates a campaign that exists only as a draft: issued coupons do not
// unlock it until a version is published.
import { randomUUID } from "node:crypto";
import { actorLabel, type Actor } from "@/lib/auth/actor";
import { diffFields, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/sqlite/client";
import { storedLimits } from "@/lib/limits/form-values";
import { readLimits } from "@/lib/limits/schemas";
import type { PosCampaign } from "@/lib/generated/sqlite/client";
import { assertStoreScope } from "@/lib/pos/assert-store-scope";
import { toCampaignView, type CampaignView } from "@/lib/pos/campaign-view";
import { campaignWindow } from "@/lib/pos/local-dates";
import { localClock } from "@/lib/pos/local-clock";
import type { CampaignInput, CampaignUpdate } from "@/lib/pos/schemas";
import { refreshScenarioOutcomes } from "@/lib/scenarios/refresh-scenario-outcomes";
import { insertVersionRow } from "@/lib/versions/queries";
import { recordPublishedVersion } from "@/lib/versions/record-published-version";

function columns(input: CampaignInput) {
  const { validFrom, validTo } = campaignWindow(input);
  return {
    name: input.name,
    type: input.type,
    startDate: input.startDate,
    startTime: input.startTime,
    endDate: input.endDate,
    endTime: input.endTime,
    validFrom,
    validTo,
    enabled: input.enabled,
    warehouseId: input.warehouseID,
    storeGroupId: input.storeGroup,
    limits: storedLimits(input.limits) ?? Prisma.DbNull,
  };
}

/** JSON with sorted keys: PostgreSQL's jsonb does not keep the key order the award was written in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, v) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/** The editable fields of a campaign row, in the API's names: what a version of it stores. */
export function campaignSnapshot(row: PosCampaign): Record<string, unknown> {
  return {
    name: row.name,
    type: row.type,
    startDate: row.startDate,
    startTime: row.startTime,
    endDate: row.endDate,
    endTime: row.endTime,
    enabled: row.enabled,
    warehouseID: row.warehouseId,
    storeGroup: row.storeGroupId,
    category: row.category,
    currency: row.currency,
    limits: readLimits(row.limits),
  };
}

/** The award and its currency are what printed coupons promise: they never change. */
export function assertSameAward(before: PosCampaign, input: { category: unknown; currency: string }): void {
  if (canonicalJson(before.category) !== canonicalJson(input.category)) {
    throw AppError.field(
      "category",
      "The award cannot change after the campaign is created: printed coupons promise it. Create a new campaign instead.",
      "immutable",
    );
  }
  if (before.currency !== input.currency)
    throw AppError.field("currency", "The currency cannot change after the campaign is created", "immutable");
}

export async function findCampaignRowOrThrow(client: Pick<Tx, "posCampaign">, tenantId: string, id: string): Promise<PosCampaign> {
  const row = await client.posCampaign.findFirst({ where: { id, tenantId } });
  if (!row) throw AppError.notFound(`Campaign ${id}`);
  return row;
}

/**
 * Writes a full campaign onto its row when the row still has `before.version` (the check and the write are
 * one statement, so two concurrent editors cannot both win). Shared by PUT and by publishing a version.
 */
export async function replaceCampaignRow(
  tx: Tx,
  actor: Actor,
  before: PosCampaign,
  input: CampaignInput,
  options: { unpublished?: boolean } = {},
): Promise<PosCampaign> {
  assertSameAward(before, input);
  await assertStoreScope(tx, actor.tenantId, input);
  const written = await tx.posCampaign.updateMany({
    where: { id: before.id, tenantId: actor.tenantId, version: before.version },
    data: { ...columns(input), unpublished: options.unpublished ?? false, version: randomUUID(), updatedBy: actorLabel(actor) },
  });
  if (written.count !== 1)
    throw new AppError(
      "version_mismatch",
      "This campaign was changed by someone else since you read it; reload it and apply your change again",
      { details: { currentVersion: before.version } },
    );
  // A campaign's pricing reads its row at each scan, so no cache to invalidate; the tenant's revision
  // still moves for instances that key anything on it.
  await tx.tenant.update({ where: { id: actor.tenantId }, data: { offersRevision: { increment: 1 } } });
  return findCampaignRowOrThrow(tx, actor.tenantId, before.id);
}

export async function createCampaign(
  actor: Actor,
  input: CampaignInput,
  now = new Date(),
  options: { asDraft?: boolean; note?: string | null } = {},
): Promise<CampaignView> {
  const asDraft = options.asDraft ?? false;
  const row = await db().$transaction(async (tx) => {
    await assertStoreScope(tx, actor.tenantId, input);
    const created = await tx.posCampaign.create({
      data: {
        tenantId: actor.tenantId,
        ...columns(input),
        kind: input.category.kind,
        category: input.category,
        currency: input.currency,
        unpublished: asDraft,
        version: randomUUID(),
        createdBy: actorLabel(actor),
        updatedBy: actorLabel(actor),
      },
    });
    const ref = { tenantId: actor.tenantId, kind: "pos_campaign" as const, offerId: created.id };
    const snapshot = campaignSnapshot(created);
    if (asDraft) await insertVersionRow(tx, ref, { snapshot, status: "draft", author: actorLabel(actor), note: options.note });
    else await recordPublishedVersion(tx, ref, { snapshot, author: actorLabel(actor), note: options.note });
    await recordAuditEvent(tx, actor, {
      action: asDraft ? "create_draft" : "create",
      objectType: "pos_campaign",
      objectId: created.id,
      changes: { ...input },
    });
    return created;
  });
  const clock = await localClock(db(), actor.tenantId, null, now);
  return toCampaignView(row, clock.nowLocal);
}

export async function updateCampaign(actor: Actor, id: string, input: CampaignUpdate, now = new Date()): Promise<CampaignView> {
  const row = await db().$transaction(async (tx) => {
    const before = await findCampaignRowOrThrow(tx, actor.tenantId, id);
    if (before.version !== input.version)
      throw new AppError(
        "version_mismatch",
        "This campaign was changed by someone else since you read it; reload it and apply your change again",
        { details: { currentVersion: before.version } },
      );
    const after = await replaceCampaignRow(tx, actor, before, input);
    await recordPublishedVersion(
      tx,
      { tenantId: actor.tenantId, kind: "pos_campaign", offerId: id },
      {
        snapshot: campaignSnapshot(after),
        author: actorLabel(actor),
        previous: before.unpublished ? undefined : { snapshot: campaignSnapshot(before), author: before.updatedBy, at: before.updatedAt },
      },
    );
    await recordAuditEvent(tx, actor, {
      action: "update",
      objectType: "pos_campaign",
      objectId: id,
      changes: diffFields(campaignSnapshot(before), campaignSnapshot(after)),
    });
    return after;
  });
  await refreshScenarioOutcomes(actor.tenantId);
  const clock = await localClock(db(), actor.tenantId, null, now);
  return toCampaignView(row, clock.nowLocal);
}
