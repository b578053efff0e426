"use client";
// The POS lists: server-side paging and sorting through the shared DataTable.
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/page-header";
import type { CampaignView } from "@/lib/pos/campaign-view";
import type { CouponRuleView } from "@/lib/pos/coupon-rule-view";
import { describeAward, describeScope, describeThreshold, localText } from "@/lib/pos/describe";
import type { IssuedCouponView } from "@/lib/pos/issued-coupon-view";
import { DateTime } from "@/components/ui/date-time";
import { UsageCell } from "@/components/offers/usage-bars";
import { displayStatus, type OfferUsageSummary } from "@/lib/limits/usage-view";

type TableProps<Row> = { rows: Row[]; total: number; page: number; count: number; sort?: string };
const STATUS_TONES = {
  ACTIVE: "green",
  REDEEMED: "indigo",
  EXPIRED: "slate",
  Active: "green",
  Planned: "amber",
  Expired: "slate",
  Disabled: "rose",
  Draft: "indigo",
  Exhausted: "rose",
} as const;

const ruleColumns: ColumnDef<CouponRuleView, unknown>[] = [
  {
    accessorKey: "name",
    header: "Name",
    cell: ({ row }) => (
      <Link className="font-medium text-indigo-700 hover:underline" href={`/pos/rules/${row.original.id}`}>
        {row.original.name}
      </Link>
    ),
  },
  { accessorKey: "code", header: "Code" },
  { id: "scope", header: "Issued in", enableSorting: false, cell: ({ row }) => describeScope(row.original) },
  { id: "printing", header: "Printing", enableSorting: false, cell: ({ row }) => describeThreshold(row.original) },
  {
    id: "window",
    header: "Issuing window",
    enableSorting: false,
    cell: ({ row }) => `${row.original.issuedFromDate ?? "…"} – ${row.original.issuedUntilDate ?? "…"}`,
  },
  { accessorKey: "printingCostInRewardPoints", header: "Cost (points)", enableSorting: false },
  { accessorKey: "updatedAt", header: "Updated", cell: ({ getValue }) => <DateTime at={String(getValue())} /> },
];

export function CouponRulesTable(props: TableProps<CouponRuleView>) {
  return (
    <DataTable columns={ruleColumns} {...props} getRowId={(row) => row.id} emptyMessage="No coupon rules yet." caption="Coupon rules" />
  );
}

const campaignColumns = (usage: Record<string, OfferUsageSummary>): ColumnDef<CampaignView, unknown>[] => [
  {
    accessorKey: "name",
    header: "Name",
    cell: ({ row }) => (
      <Link className="font-medium text-indigo-700 hover:underline" href={`/pos/campaigns/${row.original.id}`}>
        {row.original.name}
      </Link>
    ),
  },
  {
    accessorKey: "status",
    header: "Status",
    enableSorting: false,
    cell: ({ row }) => {
      const status = displayStatus(row.original.status, usage[row.original.id]);
      return <Badge tone={STATUS_TONES[status]}>{status}</Badge>;
    },
  },
  { id: "award", header: "Award", enableSorting: false, cell: ({ row }) => describeAward(row.original.category, row.original.currency) },
  { id: "scope", header: "Stores", enableSorting: false, cell: ({ row }) => describeScope(row.original) },
  { accessorKey: "startDate", header: "Valid from", cell: ({ row }) => localText(row.original.validFrom) },
  { accessorKey: "endDate", header: "Valid until", cell: ({ row }) => localText(row.original.validTo) || "open" },
  {
    id: "usage",
    header: "Usage",
    enableSorting: false,
    cell: ({ row }) => <UsageCell usage={usage[row.original.id]} />,
  },
];

export function CampaignsTable({ usage, ...props }: TableProps<CampaignView> & { usage: Record<string, OfferUsageSummary> }) {
  return (
    <DataTable
      columns={campaignColumns(usage)}
      {...props}
      getRowId={(row) => row.id}
      emptyMessage="No campaigns yet."
      caption="Campaigns"
    />
  );
}

const issuedColumns: ColumnDef<IssuedCouponView, unknown>[] = [
  {
    accessorKey: "uniqueIdentifier",
    header: "Serial",
    cell: ({ row }) => (
      <Link className="font-mono text-xs text-indigo-700 hover:underline" href={`/pos/issued/${row.original.id}`}>
        {row.original.uniqueIdentifier}
      </Link>
    ),
  },
  {
    accessorKey: "status",
    header: "Status",
    enableSorting: false,
    cell: ({ row }) => <Badge tone={STATUS_TONES[row.original.status]}>{row.original.status}</Badge>,
  },
  { accessorKey: "couponName", header: "Rule", enableSorting: false },
  { accessorKey: "campaignName", header: "Campaign", enableSorting: false },
  {
    accessorKey: "issuedAt",
    header: "Issued",
    cell: ({ row }) => <DateTime at={row.original.issued.at} store={row.original.issued.storeId} />,
  },
  {
    id: "issuedWhere",
    header: "Store / till",
    enableSorting: false,
    cell: ({ row }) => [row.original.issued.storeId, row.original.issued.pointOfSaleId].filter(Boolean).join(" / "),
  },
  { id: "customer", header: "Customer", enableSorting: false, cell: ({ row }) => row.original.issued.customerId ?? "" },
  { accessorKey: "expiryDate", header: "Valid until", enableSorting: false, cell: ({ row }) => localText(row.original.validTo) || "open" },
  {
    accessorKey: "redeemedAt",
    header: "Redeemed",
    cell: ({ row }) =>
      row.original.redeemed ? (
        <>
          <DateTime at={row.original.redeemed.at} store={row.original.redeemed.storeId} />
          {row.original.redeemed.storeId ? ` in ${row.original.redeemed.storeId}` : ""}
        </>
      ) : (
        ""
      ),
  },
];

export function IssuedCouponsTable(props: TableProps<IssuedCouponView>) {
  return (
    <DataTable
      columns={issuedColumns}
      {...props}
      getRowId={(row) => row.id}
      emptyMessage="No issued coupons match these filters."
      caption="Issued coupons"
    />
  );
}
