import type { Metadata } from "next";
import { DeleteButton } from "@/components/catalog/delete-button";
import { DetailList } from "@/components/catalog/detail-list";
import { DiscountRuleForm } from "@/components/legacy/discount-rule-form";
import { LegacyTabs } from "@/components/legacy/legacy-tabs";
import { Card, PageHeader } from "@/components/ui/page-header";
import { deleteDiscountRuleAction } from "@/app/(console)/legacy/actions";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { describeDiscountRule, SCOPE_LABELS } from "@/lib/legacy/describe";
import { getDiscountRuleOrThrow } from "@/lib/legacy/get-discount-rule-or-throw";
import { orNotFound } from "@/lib/offers/or-not-found";

export const metadata: Metadata = { title: "Discount rule" };

export default async function LegacyRulePage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireConsoleSession();
  const { id } = await params;
  const rule = await orNotFound(getDiscountRuleOrThrow(session.tenant.id, id));
  const canWrite = hasRole(session.actor.role, ROLES.write);
  return (
    <>
      <PageHeader
        title={rule.label}
        description={describeDiscountRule(rule)}
        actions={
          canWrite ? (
            <DeleteButton
              label={`Delete discount rule ${rule.label}`}
              confirmText={`Delete discount rule ${rule.label}?`}
              action={deleteDiscountRuleAction.bind(null, rule.id)}
              redirectTo="/legacy"
            />
          ) : null
        }
      />
      <LegacyTabs current="rules" />
      <Card title={canWrite ? "Edit" : "Discount rule"}>
        {canWrite ? (
          <DiscountRuleForm rule={rule} />
        ) : (
          <DetailList
            items={[
              { label: "Scope", value: SCOPE_LABELS[rule.scope] },
              { label: "Discount", value: describeDiscountRule(rule) },
              { label: "Priority", value: rule.priority },
            ]}
          />
        )}
      </Card>
    </>
  );
}
