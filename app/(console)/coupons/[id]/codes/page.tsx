import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AddCodesForm } from "@/components/codes/add-codes-form";
import { CodesTable } from "@/components/codes/codes-table";
import { GenerateCodesForm } from "@/components/codes/generate-codes-form";
import { ImportPanel } from "@/components/codes/import-panel";
import { ImportsTable } from "@/components/codes/imports-table";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { Card, Notice, PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { getCouponForCodes } from "@/lib/codes/get-coupon-for-codes";
import { listCodes } from "@/lib/codes/list-codes";
import { listImports } from "@/lib/codes/list-imports";
import { CodeListQuery } from "@/lib/codes/schemas";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";

export const metadata: Metadata = { title: "Coupon codes" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string>> };

export default async function CouponCodesPage({ params, searchParams }: Props) {
  const session = await requireConsoleSession();
  const { id } = await params;
  const coupon = await getCouponForCodes(session.tenant.id, id).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  // The filter form sends empty fields for "Any"; they mean no filter.
  const raw = Object.fromEntries(Object.entries(await searchParams).filter(([, value]) => value !== "")) as Record<
    string,
    string | undefined
  >;
  const parsed = CodeListQuery.safeParse(raw);
  const query = parsed.success ? parsed.data : CodeListQuery.parse({});
  const [codes, imports] = await Promise.all([
    listCodes(session.tenant.id, id, query),
    listImports(session.tenant.id, id, { page: 1, count: 10 }),
  ]);
  const canWrite = hasRole(session.actor.role, ROLES.write);
  const filters = new URLSearchParams(
    Object.entries({ code: query.code, active: raw.active, redeemed: raw.redeemed }).filter(
      (e): e is [string, string] => Boolean(e[1]) && parsed.success,
    ),
  );
  const exportHref = `/api/v1/coupons/${encodeURIComponent(id)}/codes/export.csv${filters.size ? `?${filters}` : ""}`;

  return (
    <>
      <PageHeader
        title={`Codes · ${coupon.name}`}
        description={`${coupon.singleUse ? "Single-use coupon: each code can be redeemed once." : "Each code can be redeemed any number of times."} Codes are unique across all coupons of this tenant and case-sensitive.`}
        actions={
          <>
            <ButtonLink variant="secondary" href={`/coupons/${encodeURIComponent(id)}`}>
              Back to coupon
            </ButtonLink>
            <a className={buttonClass("secondary")} href={exportHref} download>
              Export CSV
            </a>
          </>
        }
      />
      {canWrite ? (
        <div className="mb-6 grid gap-6 lg:grid-cols-2">
          <Card title="Import a CSV" className="lg:col-span-2">
            <ImportPanel couponId={id} maxFileBytes={env().IMPORT_MAX_FILE_BYTES} />
          </Card>
          <Card title="Generate codes">
            <GenerateCodesForm couponId={id} />
          </Card>
          <Card title="Add codes by hand">
            <AddCodesForm couponId={id} />
          </Card>
        </div>
      ) : null}
      <Card title="Imports" className="mb-6">
        <ImportsTable imports={imports.items} total={imports.total} />
      </Card>
      <section aria-labelledby="codes-heading" className="space-y-3">
        <h2 id="codes-heading" className="text-base font-semibold text-slate-900">
          Codes ({codes.total.toLocaleString("en")})
        </h2>
        {!parsed.success ? <Notice tone="error">Filters ignored: {parsed.error.issues.map((i) => i.message).join("; ")}</Notice> : null}
        <form className="flex flex-wrap items-end gap-3" method="get" aria-label="Filter codes">
          <label className="text-sm">
            <span className="mb-1 block text-slate-600">Code starts with</span>
            <input name="code" defaultValue={query.code ?? ""} className={`${inputClass} font-mono`} />
          </label>
          <label className="text-sm">
            <span className="mb-1 block text-slate-600">Status</span>
            <select name="active" defaultValue={raw.active ?? ""} className={inputClass}>
              <option value="">Any</option>
              <option value="true">Active</option>
              <option value="false">Inactive</option>
            </select>
          </label>
          <label className="text-sm">
            <span className="mb-1 block text-slate-600">Redeemed</span>
            <select name="redeemed" defaultValue={raw.redeemed ?? ""} className={inputClass}>
              <option value="">Any</option>
              <option value="true">Redeemed</option>
              <option value="false">Never redeemed</option>
            </select>
          </label>
          <button type="submit" className={buttonClass("secondary")}>
            Apply filters
          </button>
        </form>
        <CodesTable
          couponId={id}
          rows={codes.items}
          total={codes.total}
          page={query.page}
          count={query.count}
          sort={query.sort}
          canWrite={canWrite}
        />
      </section>
    </>
  );
}
