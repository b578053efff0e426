// An offer's history (contract §8): every version with its author and time, the difference between any
// two in words, and "publish this version again" (rollback), through the publish dialog.
import { DiscardVersionButton } from "@/components/versions/discard-version-button";
import { PublishDialog } from "@/components/versions/publish-dialog";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { DateTime } from "@/components/ui/date-time";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import type { VersionKind } from "@/lib/versions/kinds";
import type { VersionDiffView, VersionView } from "@/lib/versions/schemas";

const STATUS_TONES = { draft: "indigo", scheduled: "amber", published: "green", superseded: "slate" } as const;
const STATUS_LABELS = { draft: "Draft", scheduled: "Scheduled", published: "Live", superseded: "Was live" } as const;

type Props = {
  kind: VersionKind;
  /** The offer's name, console page, and what to call it ("coupon", "POS campaign"). */
  offer: { id: string; name: string };
  offerPath: string;
  label: string;
  versions: { items: VersionView[]; total: number };
  diff: VersionDiffView | null;
  canWrite: boolean;
  zone: string;
};

export function VersionsScreen({ kind, offer, offerPath, label, versions, diff, canWrite, zone }: Props) {
  const newest = versions.items[0]?.number;
  const live = versions.items.find((v) => v.status === "published")?.number;
  return (
    <>
      <PageHeader
        title={`Versions: ${offer.name}`}
        description="Every version with who saved it and when. Compare any two, or publish an earlier one again."
        actions={
          <ButtonLink href={offerPath} variant="ghost">
            Back to the {label}
          </ButtonLink>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title="History" className="lg:col-span-2">
          <form method="get" className="space-y-3">
            <table className="w-full text-left text-sm" aria-label="Versions">
              <thead className="text-xs uppercase text-slate-500">
                <tr>
                  <th className="py-2">Version</th>
                  <th>Status</th>
                  <th>By</th>
                  <th>Saved / published</th>
                  <th>Compare</th>
                  <th>
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {versions.items.map((v) => (
                  <tr key={v.number} className="border-t border-slate-100 align-top" data-testid={`version-${v.number}`}>
                    <td className="py-2 font-medium">
                      {v.number}
                      {v.restoresNumber ? <span className="block text-xs text-slate-500">restores {v.restoresNumber}</span> : null}
                    </td>
                    <td>
                      <Badge tone={STATUS_TONES[v.status]}>{STATUS_LABELS[v.status]}</Badge>
                      {v.publishAt ? (
                        <span className="block text-xs text-slate-600">
                          at <DateTime at={v.publishAt} />
                        </span>
                      ) : null}
                    </td>
                    <td>
                      {v.createdBy}
                      {v.publishedBy && v.publishedBy !== v.createdBy ? (
                        <span className="block text-xs text-slate-500">published by {v.publishedBy}</span>
                      ) : null}
                    </td>
                    <td className="text-xs text-slate-600">
                      <DateTime at={v.createdAt} />
                      {v.publishedAt ? (
                        <span className="block">
                          live <DateTime at={v.publishedAt} />
                        </span>
                      ) : null}
                      {v.note ? <span className="block italic text-slate-700">“{v.note}”</span> : null}
                    </td>
                    <td className="space-x-2 whitespace-nowrap text-xs">
                      <label>
                        <input type="radio" name="from" value={v.number} defaultChecked={v.number === (diff?.from ?? live)} /> from
                      </label>
                      <label>
                        <input type="radio" name="to" value={v.number} defaultChecked={v.number === (diff?.to ?? newest)} /> to
                      </label>
                    </td>
                    <td className="space-y-1 text-right">
                      {canWrite && v.status !== "published" ? (
                        <PublishDialog
                          kind={kind}
                          offerId={offer.id}
                          offerPath={offerPath}
                          number={v.number}
                          label={v.status === "superseded" ? "Publish again" : "Publish…"}
                          zone={zone}
                          variant="secondary"
                        />
                      ) : null}
                      {canWrite && (v.status === "draft" || v.status === "scheduled") ? (
                        <DiscardVersionButton kind={kind} offerId={offer.id} number={v.number} />
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {versions.items.length > 1 ? (
              <button type="submit" className={buttonClass("secondary")}>
                Compare
              </button>
            ) : null}
          </form>
        </Card>
        <Card title={diff ? `Version ${diff.from} → version ${diff.to}` : "Differences"}>
          {diff ? (
            <div className="space-y-2 text-sm" data-testid="version-diff">
              <p>{diff.summary}</p>
              <ul className="list-disc space-y-1 pl-5">
                {diff.changes.map((change) => (
                  <li key={change.field}>
                    <span className="font-medium">{change.label}</span>: <span className="line-through">{change.from}</span> → {change.to}
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <p className="text-sm text-slate-600">Choose two versions and press Compare.</p>
          )}
        </Card>
      </div>
    </>
  );
}
