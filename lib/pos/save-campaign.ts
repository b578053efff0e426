// Creates or replaces a POS campaign, with its audit event in the same transaction. PUT replaces the
// whole object and needs the version read last (contract §1.4). The award (category and currency)
// cannot change after create: coupons already printed promise it (contract §1.4: category is immutable).
import { randomUUID } from "node:crypto";
import { actorLabel, type Actor } from "@/lib/auth/actor";
import { diffFields, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertStoreScope } from "@/lib/pos/assert-store-scope";
import { toCampaignView, type CampaignView } from "@/lib/pos/campaign-view";
import { campaignWindow } from "@/lib/pos/local-dates";
import { localClock } from "@/lib/pos/local-clock";
import type { CampaignInput, CampaignUpdate } from "@/lib/pos/schemas";

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
  };
}

/** JSON with sorted keys: PostgreSQL's jsonb does not keep the key order the award was written in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, v) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/** The fields a person edits, for the audit diff (validFrom/validTo follow from the dates). */
function auditable(c: Omit<ReturnType<typeof columns>, "type"> & { type: string }) {
  return {
    name: c.name,
    type: c.type,
    startDate: c.startDate,
    startTime: c.startTime,
    endDate: c.endDate,
    endTime: c.endTime,
    enabled: c.enabled,
    warehouseId: c.warehouseId,
    storeGroupId: c.storeGroupId,
  };
}

export async function createCampaign(actor: Actor, input: CampaignInput, now = new Date()): Promise<CampaignView> {
  const row = await db().$transaction(async (tx) => {
    await assertStoreScope(tx, actor.tenantId, input);
    const created = await tx.posCampaign.create({
      data: {
        tenantId: actor.tenantId,
        ...columns(input),
        kind: input.category.kind,
        category: input.category,
        currency: input.currency,
        version: randomUUID(),
        createdBy: actorLabel(actor),
        updatedBy: actorLabel(actor),
      },
    });
    await recordAuditEvent(tx, actor, { action: "create", objectType: "pos_campaign", objectId: created.id, changes: { ...input } });
    return created;
  });
  const clock = await localClock(db(), actor.tenantId, null, now);
  return toCampaignView(row, clock.nowLocal);
}

export async function updateCampaign(actor: Actor, id: string, input: CampaignUpdate, now = new Date()): Promise<CampaignView> {
  const row = await db().$transaction(async (tx) => {
    const before = await tx.posCampaign.findFirst({ where: { id, tenantId: actor.tenantId } });
    if (!before) throw AppError.notFound(`Campaign ${id}`);
    if (canonicalJson(before.category) !== canonicalJson(input.category)) {
      throw AppError.field(
        "category",
        "The award cannot change after the campaign is created: printed coupons promise it. Create a new campaign instead.",
        "immutable",
      );
    }
    if (before.currency !== input.currency)
      throw AppError.field("currency", "The currency cannot change after the campaign is created", "immutable");
    await assertStoreScope(tx, actor.tenantId, input);
    const next = columns(input);
    // The version check and the write are one statement, so two concurrent editors cannot both win.
    const version = randomUUID();
    const written = await tx.posCampaign.updateMany({
      where: { id, tenantId: actor.tenantId, version: input.version },
      data: { ...next, version, updatedBy: actorLabel(actor) },
    });
    if (written.count !== 1)
      throw new AppError(
        "version_mismatch",
        "This campaign was changed by someone else since you read it; reload it and apply your change again",
        { details: { currentVersion: before.version } },
      );
    await recordAuditEvent(tx, actor, {
      action: "update",
      objectType: "pos_campaign",
      objectId: id,
      changes: diffFields(auditable(before), auditable(next)),
    });
    return tx.posCampaign.findUniqueOrThrow({ where: { id } });
  });
  const clock = await localClock(db(), actor.tenantId, null, now);
  return toCampaignView(row, clock.nowLocal);
}
