import type { Metadata } from "next";
import { VersionsScreen } from "@/components/versions/versions-screen";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { orNotFound } from "@/lib/offers/or-not-found";
import { loadVersionsPage } from "@/lib/versions/console-versions";
import { VersionDiffQuery } from "@/lib/versions/schemas";

export const metadata: Metadata = { title: "Campaign versions" };

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const session = await requireConsoleSession();
  const { id } = await params;
  const compare = VersionDiffQuery.safeParse(await searchParams);
  const page = await orNotFound(loadVersionsPage(session.tenant.id, "pos_campaign", id, compare.success ? compare.data : {}));
  return (
    <VersionsScreen
      kind="pos_campaign"
      offer={page.offer}
      offerPath={`/pos/campaigns/${id}`}
      label="campaign"
      versions={page.versions}
      diff={page.diff}
      canWrite={hasRole(session.actor.role, ROLES.write)}
      zone={session.tenant.timeZone}
    />
  );
}
