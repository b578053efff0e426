import type { Metadata } from "next";
import { AuditTable } from "@/components/audit/audit-table";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { auditNames } from "@/lib/audit/audit-names";
import { OBJECT_LABELS } from "@/lib/audit/describe-audit-event";
import { AuditQuery, listAuditEvents } from "@/lib/audit/list-audit-events";
import { requireConsoleSession } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Audit log" };

const OBJECT_TYPES = [
  "coupon",
  "promotion",
  "coupon_code",
  "code_import",
  "redemption",
  "exclusion_list",
  "store",
  "store_group",
  "product",
  "customer",
  "user",
  "api_token",
  "pos_coupon_rule",
  "pos_campaign",
  "issued_coupon",
];

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const session = await requireConsoleSession();
  const parsed = AuditQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : AuditQuery.parse({});
  const page = await listAuditEvents(session.tenant.id, query);
  const names = await auditNames(session.tenant.id, page.items, session.tenant.timeZone);
  return (
    <>
      <PageHeader title="Audit log" description="Every create, update and delete in this tenant: who, when, and what changed." />
      <form className="mb-4 flex flex-wrap items-end gap-3" method="get" aria-label="Filter the audit log">
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">Object type</span>
          <select name="objectType" defaultValue={query.objectType ?? ""} className={inputClass}>
            <option value="">Any</option>
            {OBJECT_TYPES.map((t) => (
              <option key={t} value={t}>
                {OBJECT_LABELS[t] ?? t}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">Object id</span>
          <input name="objectId" defaultValue={query.objectId ?? ""} className={inputClass} />
        </label>
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">Who</span>
          <input name="actor" defaultValue={query.actor ?? ""} className={inputClass} />
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          Apply filters
        </button>
      </form>
      <AuditTable rows={page.items} total={page.total} page={query.page} count={query.count} names={names} />
    </>
  );
}
