import type { Metadata } from "next";
import { OfferForm } from "@/components/offers/offer-form";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { loadEditor } from "@/lib/offers/console-editor";
import { orNotFound } from "@/lib/offers/or-not-found";

export const metadata: Metadata = { title: "Edit coupon" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireConsoleSession();
  const { id } = await params;
  const editor = await orNotFound(loadEditor(session.tenant, "coupon", id));
  const canWrite = hasRole(session.actor.role, ROLES.write);
  return (
    <>
      <PageHeader
        title={`${canWrite ? "Edit" : "View"}: ${editor.initial?.name ?? ""}`}
        actions={
          <ButtonLink href={`/coupons/${id}`} variant="ghost">
            Back to the coupon
          </ButtonLink>
        }
      />
      <OfferForm family="coupon" {...editor} tenantTimeZone={session.tenant.timeZone} readOnly={!canWrite} />
    </>
  );
}
