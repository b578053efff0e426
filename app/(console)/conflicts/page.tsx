import type { Metadata } from "next";
import { FindingList } from "@/components/conflicts/finding-list";
import { ConflictSettingsForm } from "@/components/conflicts/settings-form";
import { KIND_LABELS } from "@/components/conflicts/labels";
import { Card, PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { analyzeTenant } from "@/lib/conflicts/analyze-tenant";
import { getConflictSettings } from "@/lib/conflicts/conflict-settings";
import { FINDING_KINDS } from "@/lib/conflicts/types";

export const metadata: Metadata = { title: "Conflicts" };

// Every finding of the analyzer, by kind; the first 200 of each (the REST list pages through all of them).
const PER_KIND = 200;

export default async function ConflictsPage() {
  const session = await requireConsoleSession();
  const [findings, settings] = await Promise.all([analyzeTenant(session.tenant.id), getConflictSettings(session.tenant.id)]);
  return (
    <>
      <PageHeader
        title="Conflicts"
        description="Active, scheduled and draft offers analyzed against the catalog. Each finding opens a cart in the simulator that shows it."
      />
      <div className="space-y-4">
        <Card title="Settings">
          {hasRole(session.actor.role, ROLES.write) ? (
            <ConflictSettingsForm stackingThresholdPercent={settings.stackingThresholdPercent} />
          ) : (
            <p className="text-sm text-slate-600">Worst-case stacking is flagged above {settings.stackingThresholdPercent} % of a cart.</p>
          )}
        </Card>
        {FINDING_KINDS.map((kind) => {
          const ofKind = findings.filter((f) => f.kind === kind);
          return (
            <Card key={kind} title={`${KIND_LABELS[kind]} (${ofKind.length.toLocaleString("en")})`}>
              {ofKind.length === 0 ? (
                <p className="text-sm text-slate-500">None.</p>
              ) : (
                <FindingList findings={ofKind.slice(0, PER_KIND)} label={KIND_LABELS[kind]} />
              )}
            </Card>
          );
        })}
      </div>
    </>
  );
}
