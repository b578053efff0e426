import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import { requireConsoleSession } from "@/lib/auth/session";
import { FAMILIES, offerConsolePath } from "@/lib/offers/family";
import { getDashboardActivity } from "@/lib/tenants/get-dashboard-activity";
import { getTenantOverview } from "@/lib/tenants/get-tenant-overview";
import { listAnalyticsAlerts } from "@/lib/analytics/list-analytics-alerts";
import { DateTime } from "@/components/ui/date-time";
import { AlertBadge, AlertText, alertKey } from "@/components/analytics/alert-text";
import { ConflictsPanel } from "@/components/conflicts/conflicts-panel";
import { getConflictSummary } from "@/lib/conflicts/conflict-summary";

const JOB_TONES: Record<string, "slate" | "green" | "amber" | "rose" | "indigo"> = {
  queued: "slate",
  processing: "indigo",
  completed: "green",
  failed: "rose",
};

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const session = await requireConsoleSession();
  const [overview, activity, conflicts, alerts] = await Promise.all([
    getTenantOverview(session.tenant.id),
    getDashboardActivity(session.tenant.id),
    getConflictSummary(session.tenant.id),
    listAnalyticsAlerts(session.tenant.id),
  ]);
  const tiles = [
    { label: "Coupons", value: overview.coupons, href: "/coupons" },
    { label: "Automatic promotions", value: overview.promotions, href: "/promotions" },
    { label: "Coupon codes", value: overview.codes, href: "/coupons" },
    { label: "Products", value: overview.products, href: "/catalog/products" },
    { label: "Stores", value: overview.stores, href: "/catalog/stores" },
    { label: "Customers", value: overview.customers, href: "/catalog/customers" },
  ];
  return (
    <>
      <PageHeader
        title={`Welcome, ${session.user.name}`}
        description={`You are working in ${session.tenant.name} (time zone ${session.tenant.timeZone}).`}
      />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {tiles.map((tile) => (
          <Link key={tile.label} href={tile.href} className="block">
            <Card className="transition-shadow hover:shadow-md">
              <p className="text-sm text-slate-500">{tile.label}</p>
              <p className="mt-1 text-3xl font-semibold">{tile.value.toLocaleString("en")}</p>
            </Card>
          </Link>
        ))}
      </div>
      <div className="mt-6">
        <ConflictsPanel {...conflicts} />
      </div>
      <div className="mt-6 grid gap-4 lg:grid-cols-2">
        <Card title="Alerts" className="lg:col-span-2">
          {alerts.length === 0 ? (
            <p className="text-sm text-slate-500">
              No offer ends within 7 days, no budget is past 80 % and no offer&apos;s refusals are dominated by one reason.
            </p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm" aria-label="Alerts">
              {alerts.map((alert) => (
                <li key={alertKey(alert)} className="flex items-center justify-between gap-3 py-2">
                  <span>
                    <Link href={offerConsolePath(alert.family, alert.offerId)} className="font-medium text-indigo-700 hover:underline">
                      {alert.name}
                    </Link>{" "}
                    <AlertText alert={alert} />
                  </span>
                  <AlertBadge alert={alert} />
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="Starting or ending within 7 days">
          {activity.upcoming.length === 0 ? (
            <p className="text-sm text-slate-500">No enabled offer starts or ends this week.</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm" aria-label="Offers starting or ending within 7 days">
              {activity.upcoming.map((item) => (
                <li key={`${item.change}-${item.id}`} className="flex items-center justify-between gap-3 py-2">
                  <span>
                    <Link href={item.href} className="font-medium text-indigo-700 hover:underline">
                      {item.name}
                    </Link>{" "}
                    <span className="text-slate-500">{FAMILIES[item.family].label.toLowerCase()}</span>
                  </span>
                  <span className="text-right text-slate-600">
                    <Badge tone={item.change === "starts" ? "amber" : "rose"}>{item.change === "starts" ? "Starts" : "Ends"}</Badge>{" "}
                    <DateTime at={item.at} />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="Latest code imports and generations">
          {activity.jobs.length === 0 ? (
            <p className="text-sm text-slate-500">No codes imported or generated yet. Open a coupon&apos;s codes page to upload a CSV.</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm" aria-label="Latest code imports and generations">
              {activity.jobs.map((job) => (
                <li key={job.id} className="flex items-center justify-between gap-3 py-2">
                  <span>
                    <Link href={job.href} className="font-medium text-indigo-700 hover:underline">
                      {job.couponName}
                    </Link>{" "}
                    <span className="text-slate-500">{job.fileName}</span>
                    <span className="block text-xs text-slate-500">
                      {job.importedCount.toLocaleString("en")} {job.kind === "generate" ? "generated" : "imported"}
                      {job.rejectedCount ? `, ${job.rejectedCount.toLocaleString("en")} rejected` : ""} · <DateTime at={job.createdAt} />
                    </span>
                  </span>
                  <Badge tone={JOB_TONES[job.status] ?? "slate"}>
                    {job.status === "processing" && job.totalRows
                      ? `${Math.floor((100 * job.processedRows) / job.totalRows)}%`
                      : job.status}
                  </Badge>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
