// A legacy coupon: its code, its effective rules (its definition's combined with its own), uses and the enable switch.
import type { Metadata } from "next";
import Link from "next/link";
import { DetailList } from "@/components/catalog/detail-list";
import { CouponEnableSwitch } from "@/components/legacy/coupon-enable-switch";
import { LegacyTabs } from "@/components/legacy/legacy-tabs";
import { Card, Notice, PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { getCouponDetail } from "@/lib/legacy/console-detail";
import { describeEffectiveRules } from "@/lib/legacy/describe";
import { orNotFound } from "@/lib/offers/or-not-found";

export const metadata: Metadata = { title: "Legacy coupon" };

export default async function LegacyCouponPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireConsoleSession();
  const { id } = await params;
  const { coupon, templateId, templateKind, effective, conflicts } = await orNotFound(getCouponDetail(session.tenant.id, id));
  return (
    <>
      <PageHeader title={coupon.code} description={coupon.label ?? `Coupon of ${coupon.template_label}`} />
      <LegacyTabs current="coupons" />
      <div className="space-y-6">
        <Card title="Enabled">
          <CouponEnableSwitch couponId={coupon.id} enabled={coupon.is_enabled} canWrite={hasRole(session.actor.role, ROLES.write)} />
        </Card>
        <Card title="Coupon">
          <DetailList
            items={[
              {
                label: `Coupon ${templateKind}`,
                value: (
                  <Link className="text-indigo-700 hover:underline" href={`/legacy/definitions/${templateId}`}>
                    {coupon.template_label}
                  </Link>
                ),
              },
              {
                label: "Redemptions",
                value: `${coupon.redemptions}${coupon.max_redemptions !== null ? ` of at most ${coupon.max_redemptions}` : ""}`,
              },
              {
                label: "Effective rules",
                value: effective ? (
                  <ul data-testid="effective-rules">
                    {describeEffectiveRules(effective).map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                ) : (
                  "—"
                ),
              },
              {
                label: "Own rules",
                value: coupon.validation_rules.length ? coupon.validation_rules.map((r) => r.label).join(", ") : "none",
              },
            ]}
          />
          {conflicts.length ? <Notice tone="error">{conflicts.join(" ")}</Notice> : null}
        </Card>
      </div>
    </>
  );
}
