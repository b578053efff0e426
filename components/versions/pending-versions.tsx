// The detail page's note of versions waiting to go live: the draft (edit it, publish it) and scheduled publishes.
import { PublishDialog } from "@/components/versions/publish-dialog";
import { ButtonLink } from "@/components/ui/button";
import { DateTime } from "@/components/ui/date-time";
import type { PendingVersion } from "@/lib/versions/list-versions";
import { offerConsolePath } from "@/lib/offers/family";
import type { VersionKind } from "@/lib/versions/kinds";

type Props = { kind: VersionKind; offerId: string; pending: PendingVersion[]; canWrite: boolean; zone: string; editHref?: string };

/** `editHref`: where the draft is edited (absent: the offer's edit page). */
export function PendingVersions({ kind, offerId, pending, canWrite, zone, editHref }: Props) {
  if (pending.length === 0) return null;
  const base = offerConsolePath(kind, offerId);
  return (
    <div className="mb-4 space-y-2" data-testid="pending-versions">
      {pending.map((version) =>
        version.status === "scheduled" ? (
          <div key={version.number} className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-950">
            Version {version.number} goes live at <DateTime at={version.publishAt} />.{" "}
            <a className="underline" href={`${base}/versions`}>
              See the versions
            </a>
          </div>
        ) : (
          <div
            key={version.number}
            className="flex flex-wrap items-center gap-3 rounded-md border border-indigo-200 bg-indigo-50 px-4 py-3 text-sm text-indigo-950"
          >
            <span>A draft (version {version.number}) is waiting: it is not live until it is published.</span>
            {canWrite ? (
              <>
                <ButtonLink href={editHref ?? `${base}/edit`} variant="secondary">
                  Edit the draft
                </ButtonLink>
                <PublishDialog kind={kind} offerId={offerId} offerPath={base} label="Publish…" zone={zone} variant="secondary" />
              </>
            ) : null}
          </div>
        ),
      )}
    </div>
  );
}
