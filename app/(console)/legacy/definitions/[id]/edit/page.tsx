import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DefinitionForm } from "@/components/legacy/definition-form";
import { LegacyTabs } from "@/components/legacy/legacy-tabs";
import { Card, Notice, PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { getCouponDefinitionOrThrow } from "@/lib/legacy/get-coupon-definition-or-throw";
import { listDiscountRuleChoices } from "@/lib/legacy/list-discount-rules";
import { orNotFound } from "@/lib/offers/or-not-found";

export const metadata: Metadata = { title: "Edit coupon definition" };

export default async function EditDefinitionPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireConsoleSession();
  const { id } = await params;
  const [definition, rules] = await Promise.all([
    orNotFound(getCouponDefinitionOrThrow(session.tenant.id, id)),
    listDiscountRuleChoices(session.tenant.id),
  ]);
  if (!definition) notFound();
  return (
    <>
      <PageHeader
        title={`Edit ${definition.label}`}
        description="Its coupons keep their codes; a new max_redemptions applies to each of them at once."
      />
      <LegacyTabs current="definitions" />
      {hasRole(session.actor.role, ROLES.write) ? (
        <Card>
          <DefinitionForm definition={definition} rules={rules} />
        </Card>
      ) : (
        <Notice>Your role can read coupon definitions but not change them.</Notice>
      )}
    </>
  );
}
