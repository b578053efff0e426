import type { Metadata } from "next";
import { AnalyticsViewScreen } from "@/components/analytics/analytics-view";
import { PageHeader } from "@/components/ui/page-header";
import { loadAnalyticsView, type AnalyticsSearch } from "@/lib/analytics/load-analytics-view";
import { requireConsoleSession } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Analytics" };

export default async function AnalyticsPage({ searchParams }: { searchParams: Promise<AnalyticsSearch> }) {
  const session = await requireConsoleSession();
  const search = await searchParams;
  const view = await loadAnalyticsView(session.tenant.id, search);
  return (
    <>
      <PageHeader title="Analytics" description="What each offer did: redemptions, refusals and their reasons, by store and channel." />
      <AnalyticsViewScreen view={view} search={search} basePath="/analytics" />
    </>
  );
}
