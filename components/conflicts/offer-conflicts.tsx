// An offer page's conflicts: the analyzer's findings that involve this offer.
import { FindingList } from "@/components/conflicts/finding-list";
import { Card } from "@/components/ui/page-header";
import type { FindingView } from "@/lib/conflicts/schemas";

export function OfferConflicts({ findings }: { findings: readonly FindingView[] }) {
  return (
    <div className="mt-6">
      <Card title={`Conflicts (${findings.length})`}>
        {findings.length === 0 ? (
          <p className="text-sm text-slate-500">
            The analyzer finds no overlap, collision, stacking or dead-offer problem with this offer.
          </p>
        ) : (
          <FindingList findings={findings} label="Conflicts of this offer" />
        )}
      </Card>
    </div>
  );
}
