import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/page-header";
import { requireConsoleSession } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const session = await requireConsoleSession();
  const isAdmin = session.actor.role === "admin";
  return (
    <>
      <PageHeader title="Settings" description={`Tenant ${session.tenant.name} · time zone ${session.tenant.timeZone}`} />
      <div className="grid gap-4 md:grid-cols-2">
        <Card title="Users and roles">
          <p className="text-sm text-slate-600">
            Who can work in this tenant, and as what: admins manage everything, marketers manage offers and imports, viewers read.
          </p>
          {isAdmin ? (
            <Link className="mt-3 inline-block text-sm font-medium text-indigo-700 hover:underline" href="/settings/users">
              Manage users
            </Link>
          ) : (
            <p className="mt-3 text-sm text-slate-500">Only admins manage users.</p>
          )}
        </Card>
        <Card title="API tokens">
          <p className="text-sm text-slate-600">Tokens let POS tills, web shops and integrations call the REST API as this tenant.</p>
          {isAdmin ? (
            <Link className="mt-3 inline-block text-sm font-medium text-indigo-700 hover:underline" href="/settings/api-tokens">
              Manage API tokens
            </Link>
          ) : (
            <p className="mt-3 text-sm text-slate-500">Only admins manage API tokens.</p>
          )}
        </Card>
        <Card title="Webhooks">
          <p className="text-sm text-slate-600">
            Signed HTTP callbacks for redemptions, imports and expiring offers, with a delivery log and replay.
          </p>
          {isAdmin ? (
            <Link className="mt-3 inline-block text-sm font-medium text-indigo-700 hover:underline" href="/settings/webhooks">
              Manage webhooks
            </Link>
          ) : (
            <p className="mt-3 text-sm text-slate-500">Only admins manage webhooks.</p>
          )}
        </Card>
      </div>
    </>
  );
}
