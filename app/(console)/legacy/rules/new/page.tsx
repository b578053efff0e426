import type { Metadata } from "next";
import { DiscountRuleForm } from "@/components/legacy/discount-rule-form";
import { LegacyTabs } from "@/components/legacy/legacy-tabs";
import { Card, Notice, PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";

export const metadata: Metadata = { title: "New discount rule" };

export default async function NewLegacyRulePage() {
  const session = await requireConsoleSession();
  return (
    <>
      <PageHeader title="New discount rule" description="What a legacy coupon takes off: the order, listed items, or shipping." />
      <LegacyTabs current="rules" />
      {hasRole(session.actor.role, ROLES.write) ? (
        <Card>
          <DiscountRuleForm />
        </Card>
      ) : (
        <Notice>Your role can read discount rules but not create them.</Notice>
      )}
    </>
  );
}
