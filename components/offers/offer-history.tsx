// The offer's history, from the audit log: who did what, when, and each field's before and after.
import { FIELD_LABELS, formatValue } from "@/lib/offers/format-value";
import { Card } from "@/components/ui/page-header";
import type { AuditEventView } from "@/lib/audit/list-audit-events";
import { DateTime } from "@/components/ui/date-time";

function isDiff(changes: unknown): changes is Record<string, { from: unknown; to: unknown }> {
  return (
    Boolean(changes) &&
    typeof changes === "object" &&
    Object.values(changes as object).every((v) => v && typeof v === "object" && "from" in v && "to" in v)
  );
}

export function OfferHistory({ events, total }: { events: AuditEventView[]; total: number }) {
  return (
    <Card title="History">
      {events.length === 0 ? <p className="text-sm text-slate-500">No events yet.</p> : null}
      <ol className="space-y-3" aria-label="History">
        {events.map((event) => (
          <li key={event.id} className="border-l-2 border-slate-200 pl-3 text-sm">
            <p>
              <span className="font-medium">{event.actorName}</span>{" "}
              {event.action === "create"
                ? "created it"
                : event.action === "update"
                  ? "changed it"
                  : event.action === "archive"
                    ? "archived it"
                    : event.action}
              <span className="text-slate-500">
                {" "}
                · <DateTime at={event.createdAt} />
              </span>
            </p>
            {event.action === "update" && isDiff(event.changes) ? (
              <ul className="mt-1 space-y-0.5 text-xs text-slate-700">
                {Object.entries(event.changes).map(([field, change]) => (
                  <li key={field}>
                    <span className="font-medium">{FIELD_LABELS[field] ?? field}</span>:{" "}
                    <span className="line-through">{formatValue(change.from)}</span> → {formatValue(change.to)}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
      {total > events.length ? (
        <p className="mt-2 text-xs text-slate-500">
          Showing the latest {events.length} of {total}; the audit log has them all.
        </p>
      ) : null}
    </Card>
  );
}
