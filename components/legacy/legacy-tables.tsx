"use client";
// The legacy lists (discount rules, definitions and templates, coupons): server-side paging through the shared DataTable.
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { DateTime } from "@/components/ui/date-time";
import { Badge } from "@/components/ui/page-header";
import { describeDiscountRule, SCOPE_LABELS } from "@/lib/legacy/describe";
import type { TemplateSummary } from "@/lib/legacy/list-coupon-definitions";
import type { DiscountRuleView, LegacyCouponView } from "@/lib/legacy/view-schemas";

type TableProps<Row> = { rows: Row[]; total: number; page: number; count: number };

const link = (href: string, text: string) => (
  <Link className="font-medium text-indigo-700 hover:underline" href={href}>
    {text}
  </Link>
);

const ruleColumns: ColumnDef<DiscountRuleView, unknown>[] = [
  {
    accessorKey: "label",
    header: "Label",
    enableSorting: false,
    cell: ({ row }) => link(`/legacy/rules/${row.original.id}`, row.original.label),
  },
  { id: "scope", header: "Scope", enableSorting: false, cell: ({ row }) => SCOPE_LABELS[row.original.scope] },
  { id: "discount", header: "Discount", enableSorting: false, cell: ({ row }) => describeDiscountRule(row.original) },
  { accessorKey: "priority", header: "Priority", enableSorting: false },
  { accessorKey: "updated_at", header: "Updated", enableSorting: false, cell: ({ getValue }) => <DateTime at={String(getValue())} /> },
];

export function DiscountRulesTable(props: TableProps<DiscountRuleView>) {
  return (
    <DataTable columns={ruleColumns} {...props} getRowId={(row) => row.id} emptyMessage="No discount rules yet." caption="Discount rules" />
  );
}

const templateColumns: ColumnDef<TemplateSummary, unknown>[] = [
  {
    accessorKey: "label",
    header: "Label",
    enableSorting: false,
    cell: ({ row }) => link(`/legacy/definitions/${row.original.id}`, row.original.label),
  },
  {
    accessorKey: "kind",
    header: "Kind",
    enableSorting: false,
    cell: ({ row }) => <Badge tone={row.original.kind === "definition" ? "indigo" : "slate"}>{row.original.kind}</Badge>,
  },
  {
    accessorKey: "pattern",
    header: "Pattern",
    enableSorting: false,
    cell: ({ row }) => <code className="text-xs">{row.original.pattern}</code>,
  },
  {
    id: "rule",
    header: "Discount rule",
    enableSorting: false,
    cell: ({ row }) =>
      row.original.discountRuleId
        ? link(`/legacy/rules/${row.original.discountRuleId}`, row.original.discountRuleLabel ?? row.original.discountRuleId)
        : "—",
  },
  {
    id: "coupons",
    header: "Coupons",
    enableSorting: false,
    cell: ({ row }) => `${row.original.couponsCount.toLocaleString("en")} of ${BigInt(row.original.capacity).toLocaleString("en")}`,
  },
  { accessorKey: "createdAt", header: "Created", enableSorting: false, cell: ({ getValue }) => <DateTime at={String(getValue())} /> },
];

export function DefinitionsTable(props: TableProps<TemplateSummary>) {
  return (
    <DataTable
      columns={templateColumns}
      {...props}
      getRowId={(row) => row.id}
      emptyMessage="No coupon definitions yet."
      caption="Coupon definitions and templates"
    />
  );
}

const couponColumns: ColumnDef<LegacyCouponView, unknown>[] = [
  {
    accessorKey: "code",
    header: "Code",
    enableSorting: false,
    cell: ({ row }) => (
      <Link className="font-mono text-indigo-700 hover:underline" href={`/legacy/coupons/${row.original.id}`}>
        {row.original.code}
      </Link>
    ),
  },
  { accessorKey: "label", header: "Label", enableSorting: false, cell: ({ row }) => row.original.label ?? "" },
  { accessorKey: "template_label", header: "Definition", enableSorting: false },
  {
    accessorKey: "is_enabled",
    header: "Enabled",
    enableSorting: false,
    cell: ({ row }) => (row.original.is_enabled ? <Badge tone="green">Enabled</Badge> : <Badge tone="rose">Disabled</Badge>),
  },
  {
    id: "uses",
    header: "Redemptions",
    enableSorting: false,
    cell: ({ row }) => `${row.original.redemptions}${row.original.max_redemptions !== null ? ` / ${row.original.max_redemptions}` : ""}`,
  },
  { accessorKey: "created_at", header: "Created", enableSorting: false, cell: ({ getValue }) => <DateTime at={String(getValue())} /> },
];

export function LegacyCouponsTable(props: TableProps<LegacyCouponView>) {
  return <DataTable columns={couponColumns} {...props} getRowId={(row) => row.id} emptyMessage="No coupons." caption="Coupons" />;
}
