import type { Metadata } from "next";
import { CouponRuleForm } from "@/components/pos/coupon-rule-form";
import { PosTabs } from "@/components/pos/pos-tabs";
import { Card, Notice, PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { campaignChoices } from "@/lib/pos/list-campaigns";
import { storeChoices } from "@/lib/pos/store-choices";

export const metadata: Metadata = { title: "New coupon rule" };

export default async function NewRulePage() {
  const session = await requireConsoleSession();
  const [{ stores, groups }, campaigns] = await Promise.all([storeChoices(session.tenant.id), campaignChoices(session.tenant.id)]);
  return (
    <>
      <PageHeader title="New coupon rule" description="When a till prints this coupon, and which campaign the coupon unlocks." />
      <PosTabs current="rules" />
      {hasRole(session.actor.role, ROLES.write) ? (
        <Card>
          <CouponRuleForm stores={stores} groups={groups} campaigns={campaigns} />
        </Card>
      ) : (
        <Notice>Your role can read coupon rules but not create them.</Notice>
      )}
    </>
  );
}
