// The offer's history, from the audit log: who did what, when, and each field's before and after, with
// the versions it published or scheduled and the note given (contract §8).
import { FIELD_LABELS, formatValue } from "@/lib/offers/format-value";
import { Card } from "@/components/ui/page-header";
import type { AuditEventView } from "@/lib/audit/list-audit-events";
import { DateTime } from "@/components/ui/date-time";

type Change = { from: unknown; to: unknown };
type Changes = Record<string, unknown> & {
  publishedVersion?: number;
  draftVersion?: number;
  version?: number;
  restoresVersion?: number;
  publishAt?: string;
  note?: string;
  reason?: string;
  acceptedBrokenScenarios?: string[];
};

const isChange = (v: unknown): v is Change => Boolean(v) && typeof v === "object" && "from" in (v as object) && "to" in (v as object);

function what(event: AuditEventView, changes: Changes): string {
  switch (event.action) {
    case "create":
      return "created it";
    case "create_draft":
      return "created it as a draft";
    case "update":
      return "changed it";
    case "archive":
      return "archived it";
    case "restore":
      return "restored it";
    case "save_draft":
      return `saved draft version ${changes.draftVersion ?? ""}`.trim();
    case "publish":
      return changes.restoresVersion
        ? `published version ${changes.publishedVersion} (restoring version ${changes.restoresVersion})`
        : `published version ${changes.publishedVersion ?? ""}`.trim();
    case "schedule":
      return `scheduled version ${changes.publishedVersion ?? ""}`.trim();
    case "discard_version":
      return `discarded version ${changes.version ?? ""}`.trim();
    case "publish_failed":
      return `could not publish version ${changes.version ?? ""}: ${changes.reason ?? ""}`;
    default:
      return event.action;
  }
}

const SHOWN_DIFFS = new Set(["update", "save_draft", "publish", "schedule"]);

export function OfferHistory({ events, total }: { events: AuditEventView[]; total: number }) {
  return (
    <Card title="History">
      {events.length === 0 ? <p className="text-sm text-slate-500">No events yet.</p> : null}
      <ol className="space-y-3" aria-label="History">
        {events.map((event) => {
          const changes = (event.changes && typeof event.changes === "object" ? event.changes : {}) as Changes;
          const diffs = SHOWN_DIFFS.has(event.action) ? Object.entries(changes).filter(([, v]) => isChange(v)) : [];
          return (
            <li key={event.id} className="border-l-2 border-slate-200 pl-3 text-sm">
              <p>
                <span className="font-medium">{event.actorName}</span> {what(event, changes)}
                {event.action === "schedule" && changes.publishAt ? (
                  <>
                    {" "}
                    for <DateTime at={changes.publishAt} />
                  </>
                ) : null}
                <span className="text-slate-500">
                  {" "}
                  · <DateTime at={event.createdAt} />
                </span>
              </p>
              {diffs.length > 0 ? (
                <ul className="mt-1 space-y-0.5 text-xs text-slate-700">
                  {diffs.map(([field, change]) => (
                    <li key={field}>
                      <span className="font-medium">{FIELD_LABELS[field] ?? field}</span>:{" "}
                      <span className="line-through">{formatValue((change as Change).from)}</span> → {formatValue((change as Change).to)}
                    </li>
                  ))}
                </ul>
              ) : null}
              {changes.note ? <p className="mt-1 text-xs italic text-slate-700">Note: “{changes.note}”</p> : null}
              {changes.acceptedBrokenScenarios?.length ? (
                <p className="mt-1 text-xs text-rose-700">Accepted broken scenarios: {changes.acceptedBrokenScenarios.join(", ")}</p>
              ) : null}
            </li>
          );
        })}
      </ol>
      {total > events.length ? (
        <p className="mt-2 text-xs text-slate-500">
          Showing the latest {events.length} of {total}; the audit log has them all.
        </p>
      ) : null}
    </Card>
  );
}
