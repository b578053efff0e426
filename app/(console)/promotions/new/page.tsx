import type { Metadata } from "next";
import { OfferForm } from "@/components/offers/offer-form";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { loadEditor } from "@/lib/offers/console-editor";
import { orNotFound } from "@/lib/offers/or-not-found";

export const metadata: Metadata = { title: "New promotion" };

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireConsoleSession();
  const { from } = await searchParams;
  const editor = await orNotFound(loadEditor(session.tenant, "promotion", undefined, typeof from === "string" ? from : undefined));
  return (
    <>
      <PageHeader
        title={editor.copyOf ? `New promotion from "${editor.copyOf.name}"` : "New promotion"}
        description={
          editor.copyOf
            ? "An unsaved copy: change anything, the kind and the discount included, then create it."
            : "Choose the kind first: the fields follow it, and it cannot change once the promotion exists."
        }
      />
      <OfferForm
        family="promotion"
        {...editor}
        tenantTimeZone={session.tenant.timeZone}
        readOnly={!hasRole(session.actor.role, ROLES.write)}
      />
    </>
  );
}
