import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CouponRuleForm } from "@/components/pos/coupon-rule-form";
import { IssueCouponForm } from "@/components/pos/issue-coupon-form";
import { PosTabs } from "@/components/pos/pos-tabs";
import { Card, PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { describeScope, describeThreshold } from "@/lib/pos/describe";
import { getCouponRuleOrThrow } from "@/lib/pos/get-coupon-rule-or-throw";
import { campaignChoices } from "@/lib/pos/list-campaigns";
import { storeChoices } from "@/lib/pos/store-choices";
import { formatInstantInZone } from "@/lib/pricing/time";

export const metadata: Metadata = { title: "Coupon rule" };

export default async function RulePage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireConsoleSession();
  const { id } = await params;
  const rule = await getCouponRuleOrThrow(session.tenant.id, id).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const [{ stores, groups }, campaigns] = await Promise.all([storeChoices(session.tenant.id), campaignChoices(session.tenant.id)]);
  const campaign = campaigns.find((c) => c.id === rule.campaignID);
  const facts: [string, React.ReactNode][] = [
    ["Printed text", rule.printedText],
    ["Code", rule.code ?? "—"],
    ["Issued in", describeScope(rule)],
    ["Issuing window", `${rule.issuedFromDate ?? "open"} – ${rule.issuedUntilDate ?? "open"}`],
    ["Printing", describeThreshold(rule)],
    ["Printing cost", `${rule.printingCostInRewardPoints} reward points`],
    [
      "Campaign",
      campaign ? (
        <Link className="text-indigo-700 hover:underline" href={`/pos/campaigns/${campaign.id}`}>
          {campaign.name}
        </Link>
      ) : (
        "none (the coupon unlocks nothing)"
      ),
    ],
  ];
  return (
    <>
      <PageHeader
        title={rule.name}
        description={`Coupon rule · last changed ${formatInstantInZone(Date.parse(rule.updatedAt), session.tenant.timeZone)} by ${rule.updatedBy}`}
      />
      <PosTabs current="rules" />
      <div className="space-y-6">
        <Card title="Summary">
          <dl className="grid gap-x-6 gap-y-2 text-sm md:grid-cols-[12rem_1fr]" data-testid="rule-summary">
            {facts.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-slate-600">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-3 text-sm">
            <Link className="text-indigo-700 hover:underline" href={`/pos/issued?couponRuleId=${rule.id}`}>
              Coupons issued from this rule
            </Link>
          </p>
        </Card>
        {hasRole(session.actor.role, ROLES.checkout) ? (
          <Card title="Issue a coupon">
            <IssueCouponForm couponRuleId={rule.id} stores={stores} printingCost={rule.printingCostInRewardPoints} />
          </Card>
        ) : null}
        {hasRole(session.actor.role, ROLES.write) ? (
          <Card title="Edit">
            <CouponRuleForm rule={rule} stores={stores} groups={groups} campaigns={campaigns} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
