// The versions page of one coupon, automatic promotion or POS campaign (/coupons/{id}/versions,
// /promotions/{id}/versions, /pos/campaigns/{id}/versions): its published and draft versions, and the
// difference between the two chosen in the URL (?from=&to=).
import { VersionsScreen } from "@/components/versions/versions-screen";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { orNotFound } from "@/lib/offers/or-not-found";
import { loadVersionsPage } from "@/lib/versions/console-versions";
import type { VersionKind } from "@/lib/versions/kinds";
import { VersionDiffQuery } from "@/lib/versions/schemas";

export type VersionsPageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
};

/** `label`: what the screen calls the offer ("coupon", "campaign"). */
export async function VersionsPage({
  kind,
  basePath,
  label,
  params,
  searchParams,
}: VersionsPageProps & { kind: VersionKind; basePath: string; label: string }) {
  const session = await requireConsoleSession();
  const { id } = await params;
  const compare = VersionDiffQuery.safeParse(await searchParams);
  const page = await orNotFound(loadVersionsPage(session.tenant.id, kind, id, compare.success ? compare.data : {}));
  return (
    <VersionsScreen
      kind={kind}
      offer={page.offer}
      offerPath={`${basePath}/${id}`}
      label={label}
      versions={page.versions}
      diff={page.diff}
      canWrite={hasRole(session.actor.role, ROLES.write)}
      zone={session.tenant.timeZone}
    />
  );
}
