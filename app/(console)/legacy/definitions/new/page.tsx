import type { Metadata } from "next";
import Link from "next/link";
import { DefinitionForm } from "@/components/legacy/definition-form";
import { LegacyTabs } from "@/components/legacy/legacy-tabs";
import { Card, Notice, PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { listDiscountRuleChoices } from "@/lib/legacy/list-discount-rules";

export const metadata: Metadata = { title: "New coupon definition" };

export default async function NewDefinitionPage() {
  const session = await requireConsoleSession();
  const rules = await listDiscountRuleChoices(session.tenant.id);
  return (
    <>
      <PageHeader
        title="New coupon definition"
        description="Codes are drawn at random from the pattern, never one your account already holds."
      />
      <LegacyTabs current="definitions" />
      {!hasRole(session.actor.role, ROLES.write) ? (
        <Notice>Your role can read coupon definitions but not create them.</Notice>
      ) : rules.length === 0 ? (
        <Notice>
          A definition applies a discount rule: <Link href="/legacy/rules/new">create a discount rule</Link> first.
        </Notice>
      ) : (
        <Card>
          <DefinitionForm rules={rules} />
        </Card>
      )}
    </>
  );
}
