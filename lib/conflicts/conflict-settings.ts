// The tenant's analyzer settings (GET/PUT /api/v1/conflicts/settings, the Conflicts page's form): the
// stacking threshold, default 50 % until saved. A change is audited in the same transaction.
import { actorLabel, type Actor } from "@/lib/auth/actor";
import { diffFields, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { findConflictSettings, upsertConflictSettings } from "@/lib/conflicts/queries";
import { ConflictSettingsView, type ConflictSettingsInput } from "@/lib/conflicts/schemas";
import { DEFAULT_STACKING_THRESHOLD_PERCENT } from "@/lib/conflicts/threshold";
import { db } from "@/lib/db/client";

type SettingsRow = { stackingThresholdPercent: number; updatedAt: Date; updatedBy: string } | null;

function toView(row: SettingsRow): ConflictSettingsView {
  return ConflictSettingsView.parse({
    stackingThresholdPercent: row?.stackingThresholdPercent ?? DEFAULT_STACKING_THRESHOLD_PERCENT,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    updatedBy: row?.updatedBy ?? null,
  });
}

export async function getConflictSettings(tenantId: string): Promise<ConflictSettingsView> {
  return toView(await findConflictSettings(tenantId));
}

export async function saveConflictSettings(
  actor: Actor,
  input: ConflictSettingsInput,
  options: { requestId?: string } = {},
): Promise<ConflictSettingsView> {
  return db().$transaction(async (tx) => {
    const before = await findConflictSettings(actor.tenantId, tx);
    const row = await upsertConflictSettings(actor.tenantId, input.stackingThresholdPercent, actorLabel(actor), tx);
    await recordAuditEvent(tx, actor, {
      action: before ? "update" : "create",
      objectType: "conflict_settings",
      objectId: actor.tenantId,
      changes: diffFields(
        { stackingThresholdPercent: before?.stackingThresholdPercent ?? DEFAULT_STACKING_THRESHOLD_PERCENT },
        { stackingThresholdPercent: row.stackingThresholdPercent },
      ),
      requestId: options.requestId,
    });
    return toView(row);
  });
}
