import type { Metadata } from "next";
import { OfferForm } from "@/components/offers/offer-form";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { loadEditor } from "@/lib/offers/console-editor";

export const metadata: Metadata = { title: "New coupon" };

export default async function Page() {
  const session = await requireConsoleSession();
  const editor = await loadEditor(session.tenant, "coupon");
  return (
    <>
      <PageHeader title="New coupon" description="Choose the kind first: the fields follow it, and it cannot change once the coupon exists." />
      <OfferForm family="coupon" {...editor} tenantTimeZone={session.tenant.timeZone} readOnly={!hasRole(session.actor.role, ROLES.write)} />
    </>
  );
}
