import type { Metadata } from "next";
import { OfferForm } from "@/components/offers/offer-form";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { loadEditor } from "@/lib/offers/console-editor";

export const metadata: Metadata = { title: "New promotion" };

export default async function Page() {
  const session = await requireConsoleSession();
  const editor = await loadEditor(session.tenant, "promotion");
  return (
    <>
      <PageHeader title="New promotion" description="Choose the kind first: the fields follow it, and it cannot change once the promotion exists." />
      <OfferForm family="promotion" {...editor} tenantTimeZone={session.tenant.timeZone} readOnly={!hasRole(session.actor.role, ROLES.write)} />
    </>
  );
}
