// What a draft does to the saved scenarios (lib/scenarios/run-suite.ts impactOf): each scenario it
// changes, before → after in words, and whether the pinned expectation still holds. Server- and client-safe.
import Link from "next/link";
import { Badge } from "@/components/ui/page-header";
import type { ScenarioImpact } from "@/lib/scenarios/schemas";

export function ImpactList({ impact, title = "What this draft does to the scenarios" }: { impact: ScenarioImpact; title?: string }) {
  if (impact.total === 0)
    return (
      <p className="text-sm text-slate-600" data-testid="scenario-impact">
        No saved scenarios yet. Save carts from the{" "}
        <Link href="/simulator" className="text-indigo-700 underline">
          Cart Simulator
        </Link>{" "}
        to see what a change does to them before it goes live.
      </p>
    );
  const summary =
    impact.changed === 0
      ? `None of the ${impact.total} scenarios changes.`
      : `${impact.changed} of ${impact.total} scenario${impact.total === 1 ? "" : "s"} change${impact.changed === 1 ? "s" : ""}.`;
  return (
    <section aria-label={title} data-testid="scenario-impact" className="space-y-3">
      <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
      <p className="text-sm text-slate-700">
        {summary}
        {impact.broken > 0 ? ` ${impact.broken} no longer get${impact.broken === 1 ? "s" : ""} the pinned result.` : ""}
      </p>
      <ul className="space-y-2">
        {impact.scenarios.map((scenario) => (
          <li key={scenario.id} className="rounded-md border border-slate-200 p-3 text-sm" data-testid="scenario-change">
            <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
              {scenario.name}
              {scenario.draft.status === "failed" ? (
                <Badge tone="rose">{scenario.live.status === "failed" ? "Already breaks its expectation" : "Breaks its expectation"}</Badge>
              ) : (
                <Badge tone="green">Still as expected</Badge>
              )}
            </p>
            {scenario.changes.length > 0 ? (
              <ul className="mt-1 list-disc space-y-0.5 pl-5 text-slate-700">
                {scenario.changes.map((change, i) => (
                  <li key={i}>{change.message}</li>
                ))}
              </ul>
            ) : (
              <p className="mt-1 text-slate-600">The draft changes nothing here; the live result already differs from the expectation.</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
