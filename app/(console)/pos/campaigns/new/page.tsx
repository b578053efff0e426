import type { Metadata } from "next";
import { CampaignForm } from "@/components/pos/campaign-form";
import { PosTabs } from "@/components/pos/pos-tabs";
import { Card, Notice, PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { storeChoices } from "@/lib/pos/store-choices";

export const metadata: Metadata = { title: "New campaign" };

export default async function NewCampaignPage() {
  const session = await requireConsoleSession();
  const { stores, groups } = await storeChoices(session.tenant.id);
  return (
    <>
      <PageHeader
        title="New campaign"
        description="A coupon campaign applies only when a printed coupon of a rule that grants it is scanned."
      />
      <PosTabs current="campaigns" />
      {hasRole(session.actor.role, ROLES.write) ? (
        <Card>
          <CampaignForm stores={stores} groups={groups} zone={session.tenant.timeZone} />
        </Card>
      ) : (
        <Notice>Your role can read campaigns but not create them.</Notice>
      )}
    </>
  );
}
