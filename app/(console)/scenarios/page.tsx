import type { Metadata } from "next";
import Link from "next/link";
import { RunAllButton, ScenarioRowActions } from "@/components/scenarios/scenario-actions";
import { DateTime } from "@/components/ui/date-time";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { encodeSimulation } from "@/lib/carts/simulation-url";
import { listScenarios } from "@/lib/scenarios/manage-scenarios";
import { ScenarioListQuery } from "@/lib/scenarios/schemas";

export const metadata: Metadata = { title: "Scenarios" };

const FILTERS = [
  { label: "All", status: undefined },
  { label: "Failing", status: "failed" },
  { label: "Passing", status: "passed" },
] as const;

export default async function ScenariosPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const session = await requireConsoleSession();
  const parsed = ScenarioListQuery.safeParse({ ...(await searchParams), count: 100 });
  const query = parsed.success ? parsed.data : ScenarioListQuery.parse({ count: 100 });
  const { items, total } = await listScenarios(session.tenant.id, query);
  const canWrite = hasRole(session.actor.role, ROLES.write);
  return (
    <>
      <PageHeader
        title="Scenarios"
        description="Saved carts with the result each one is expected to get. They run again whenever an offer is saved, published or scheduled; save new ones from the Cart Simulator."
        actions={<RunAllButton />}
      />
      <nav className="mb-4 flex gap-3 text-sm" aria-label="Filter scenarios">
        {FILTERS.map((f) => (
          <Link
            key={f.label}
            href={f.status ? `/scenarios?status=${f.status}` : "/scenarios"}
            className={query.status === f.status ? "font-semibold text-indigo-700" : "text-slate-600 hover:underline"}
          >
            {f.label}
          </Link>
        ))}
      </nav>
      <Card>
        {items.length === 0 ? (
          <p className="text-sm text-slate-600">
            No scenarios{query.status ? " here" : " yet"}. In the{" "}
            <Link href="/simulator" className="underline">
              Cart Simulator
            </Link>
            , price a cart and press “Save as scenario”.
          </p>
        ) : (
          <table className="w-full text-left text-sm" aria-label="Scenarios">
            <thead className="text-xs uppercase text-slate-500">
              <tr>
                <th className="py-2">Scenario</th>
                <th>Last outcome</th>
                <th>Pinned</th>
                <th>
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((s) => (
                <tr key={s.id} className="border-t border-slate-100 align-top" data-testid="scenario-row">
                  <td className="py-2">
                    <Link href={`/simulator?cart=${encodeSimulation(s.request)}`} className="font-medium text-indigo-700 hover:underline">
                      {s.name}
                    </Link>
                    <span className="block text-xs text-slate-500">
                      {s.request.items.length} line{s.request.items.length === 1 ? "" : "s"}, {s.request.currency}
                      {s.request.couponCodes?.length ? `, codes ${s.request.couponCodes.join(", ")}` : ""}
                    </span>
                  </td>
                  <td>
                    {s.lastOutcome ? (
                      <>
                        <Badge tone={s.lastOutcome.status === "passed" ? "green" : "rose"}>
                          {s.lastOutcome.status === "passed" ? "Passed" : "Failed"}
                        </Badge>
                        <span className="ml-2 text-xs text-slate-500">
                          <DateTime at={s.lastOutcome.ranAt} />
                        </span>
                        {s.lastOutcome.differences.length ? (
                          <ul className="mt-1 list-disc pl-5 text-xs text-slate-700">
                            {s.lastOutcome.differences.map((d, i) => (
                              <li key={i}>{d.message}</li>
                            ))}
                          </ul>
                        ) : null}
                      </>
                    ) : (
                      <Badge>Not run yet</Badge>
                    )}
                  </td>
                  <td className="text-xs text-slate-600">
                    <DateTime at={s.pinnedAt} />
                    <span className="block">by {s.pinnedBy}</span>
                  </td>
                  <td className="text-right">
                    <ScenarioRowActions id={s.id} name={s.name} failed={s.lastOutcome?.status === "failed"} canWrite={canWrite} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {total > items.length ? (
          <p className="mt-3 text-xs text-slate-500">
            Showing {items.length} of {total}.
          </p>
        ) : null}
      </Card>
    </>
  );
}
