// A list of conflict findings: kind (and reason), the sentence, the offers involved (linked, drafts
// marked) and the counter-example opened in the Cart Simulator.
import Link from "next/link";
import { KIND_LABELS, KIND_TONES, REASON_LABELS } from "@/components/conflicts/labels";
import { Badge } from "@/components/ui/page-header";
import type { FindingView } from "@/lib/conflicts/schemas";
import { FAMILIES } from "@/lib/offers/family";

export function FindingList({ findings, label }: { findings: readonly FindingView[]; label: string }) {
  return (
    <ul className="divide-y divide-slate-100 text-sm" aria-label={label}>
      {findings.map((finding) => (
        <li key={finding.id} className="space-y-1 py-2" data-finding={finding.id}>
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={KIND_TONES[finding.kind]}>
              {KIND_LABELS[finding.kind]}
              {finding.reason ? `: ${REASON_LABELS[finding.reason]}` : ""}
            </Badge>
            {finding.offers.map((offer) => (
              <Link
                key={offer.id}
                href={`${FAMILIES[offer.family].consolePath}/${offer.id}`}
                className="font-medium text-indigo-700 hover:underline"
              >
                {offer.name}
                {offer.draft ? " (draft)" : ""}
              </Link>
            ))}
          </div>
          <p className="text-slate-700">{finding.message}</p>
          <Link href={finding.simulatorUrl} className="text-xs font-medium text-indigo-700 hover:underline">
            Open the counter-example in the simulator
          </Link>
        </li>
      ))}
    </ul>
  );
}
