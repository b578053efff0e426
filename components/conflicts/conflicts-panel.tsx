// The dashboard's conflict panel: how many findings of each kind the analyzer sees now, and the first few.
import Link from "next/link";
import { FindingList } from "@/components/conflicts/finding-list";
import { KIND_LABELS } from "@/components/conflicts/labels";
import { Card } from "@/components/ui/page-header";
import type { FindingCounts, FindingView } from "@/lib/conflicts/schemas";
import { FINDING_KINDS } from "@/lib/conflicts/types";

export function ConflictsPanel({ counts, top, total }: { counts: FindingCounts; top: readonly FindingView[]; total: number }) {
  return (
    <Card title="Conflicts">
      <dl className="mb-3 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4" aria-label="Conflicts by kind">
        {FINDING_KINDS.map((kind) => (
          <div key={kind} className="rounded-md bg-slate-50 p-2">
            <dt className="text-slate-500">{KIND_LABELS[kind]}</dt>
            <dd className="text-xl font-semibold">{counts[kind].toLocaleString("en")}</dd>
          </div>
        ))}
      </dl>
      {total === 0 ? (
        <p className="text-sm text-slate-500">No conflicts: no overlaps, collisions, dead offers or stacking above the threshold.</p>
      ) : (
        <>
          <FindingList findings={top} label="Top conflicts" />
          {total > top.length ? (
            <p className="mt-2 text-sm">
              <Link href="/conflicts" className="font-medium text-indigo-700 hover:underline">
                All {total.toLocaleString("en")} conflicts
              </Link>
            </p>
          ) : null}
        </>
      )}
    </Card>
  );
}
