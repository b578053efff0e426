import type { Metadata } from "next";
import { OfferForm } from "@/components/offers/offer-form";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { loadEditor } from "@/lib/offers/console-editor";
import { orNotFound } from "@/lib/offers/or-not-found";

export const metadata: Metadata = { title: "Edit promotion" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireConsoleSession();
  const { id } = await params;
  const editor = await orNotFound(loadEditor(session.tenant, "promotion", id));
  const canWrite = hasRole(session.actor.role, ROLES.write);
  return (
    <>
      <PageHeader
        title={`${canWrite ? "Edit" : "View"}: ${editor.initial?.name ?? ""}`}
        actions={
          <ButtonLink href={`/promotions/${id}`} variant="ghost">
            Back to the promotion
          </ButtonLink>
        }
      />
      <OfferForm family="promotion" {...editor} tenantTimeZone={session.tenant.timeZone} readOnly={!canWrite} />
    </>
  );
}
