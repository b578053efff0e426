// A definition's (or template's) page: its pattern's capacity, coupons used and the odds a guesser finds one;
// generating coupons (a job with progress above 1,000) and their CSV; the coupons list with filters.
import type { Metadata } from "next";
import Link from "next/link";
import { deleteDefinitionAction } from "@/app/(console)/legacy/actions";
import { DeleteButton } from "@/components/catalog/delete-button";
import { DetailList } from "@/components/catalog/detail-list";
import { GenerateCoupons } from "@/components/legacy/generate-coupons";
import { LegacyCouponsTable } from "@/components/legacy/legacy-tables";
import { LegacyTabs } from "@/components/legacy/legacy-tabs";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { Card, Notice, PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { formatMajor } from "@/lib/money/currency";
import { combineRules } from "@/lib/legacy/combine-rules";
import { GUESS_TRIES, getTemplateDetail } from "@/lib/legacy/console-detail";
import { describeDiscountRule, describeEffectiveRules } from "@/lib/legacy/describe";
import { listTemplateCoupons } from "@/lib/legacy/list-legacy-coupons";
import { CouponListQuery } from "@/lib/legacy/schemas";
import { orNotFound } from "@/lib/offers/or-not-found";

export const metadata: Metadata = { title: "Coupon definition" };

const big = (digits: string) => BigInt(digits).toLocaleString("en");

export default async function DefinitionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const session = await requireConsoleSession();
  const { id } = await params;
  const parsed = CouponListQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : CouponListQuery.parse({});
  const detail = await orNotFound(getTemplateDetail(session.tenant.id, id));
  const coupons = await listTemplateCoupons(session.tenant.id, id, query);
  const canWrite = hasRole(session.actor.role, ROLES.write);
  const defaults = combineRules(detail.validationRules, []);
  const discount = detail.discountRule ? (
    <Link className="text-indigo-700 hover:underline" href={`/legacy/rules/${detail.discountRule.id}`}>
      {detail.discountRule.label}: {describeDiscountRule(detail.discountRule)}
    </Link>
  ) : detail.amount ? (
    `${formatMajor(detail.amount.value, detail.amount.currency, "en")} off the order (template amount)`
  ) : (
    "none: each coupon brings its own amount"
  );
  return (
    <>
      <PageHeader
        title={detail.label}
        description={`Coupon ${detail.kind} · pattern ${detail.pattern}`}
        actions={
          canWrite ? (
            <div className="flex items-start gap-2">
              {detail.kind === "definition" ? (
                <ButtonLink variant="secondary" href={`/legacy/definitions/${detail.id}/edit`}>
                  Edit
                </ButtonLink>
              ) : null}
              {detail.kind === "definition" ? (
                <DeleteButton
                  label={`Delete coupon definition ${detail.label}`}
                  confirmText={`Delete ${detail.label} and its ${detail.couponsCount} coupons?`}
                  action={deleteDefinitionAction.bind(null, detail.id)}
                  redirectTo="/legacy/definitions"
                />
              ) : null}
            </div>
          ) : null
        }
      />
      <LegacyTabs current="definitions" />
      <div className="space-y-6">
        <Card title="Summary">
          <div data-testid="definition-summary">
            <DetailList
              items={[
                { label: "Discount", value: discount },
                { label: "Pattern capacity", value: `${big(detail.capacity)} distinct codes` },
                {
                  label: "Codes used",
                  value: `${detail.couponsCount.toLocaleString("en")} coupons (${detail.enabledCount.toLocaleString("en")} enabled)`,
                },
                { label: "Codes left", value: `at most ${big(detail.remaining)}` },
                {
                  label: "Guessing odds",
                  value:
                    detail.enabledCount === 0
                      ? "none: no coupon is enabled"
                      : `${detail.guessOdds} that someone trying ${GUESS_TRIES.toLocaleString("en")} random codes of the pattern finds an enabled coupon`,
                },
                { label: "Redemptions", value: detail.redemptions.toLocaleString("en") },
                {
                  label: "Per coupon",
                  value:
                    detail.maxRedemptions === null
                      ? "no limit"
                      : `at most ${detail.maxRedemptions} redemption${detail.maxRedemptions === 1 ? "" : "s"}`,
                },
                { label: "Channels", value: detail.channelTypes.length ? detail.channelTypes.join(", ") : "all" },
                { label: "Default rules", value: defaults.ok ? describeEffectiveRules(defaults.rules).join(" · ") : "—" },
              ]}
            />
          </div>
        </Card>
        {canWrite ? (
          <Card title="Generate coupons">
            {detail.canGenerate ? (
              <GenerateCoupons
                templateId={detail.id}
                running={detail.jobs.filter((j) => j.status === "queued" || j.status === "processing")}
              />
            ) : (
              <Notice>This template has no amount: create its coupons one by one through the API, each with its own amount.</Notice>
            )}
          </Card>
        ) : null}
        <Card title={`Coupons (${coupons.total.toLocaleString("en")})`}>
          <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
            <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter coupons">
              <label className="text-sm">
                <span className="mb-1 block text-slate-600">Code starts with</span>
                <input name="code" defaultValue={query.code ?? ""} className={inputClass} />
              </label>
              <label className="text-sm">
                <span className="mb-1 block text-slate-600">Enabled</span>
                <select name="enabled" defaultValue={query.enabled ?? ""} className={inputClass}>
                  <option value="">Any</option>
                  <option value="true">Enabled</option>
                  <option value="false">Disabled</option>
                </select>
              </label>
              <button type="submit" className={buttonClass("secondary")}>
                Filter
              </button>
            </form>
            <a className={buttonClass("secondary")} href={`/legacy/definitions/${detail.id}/coupons.csv`} download>
              Export CSV
            </a>
          </div>
          <LegacyCouponsTable rows={coupons.items} total={coupons.total} page={query.page} count={query.count} />
        </Card>
      </div>
    </>
  );
}
