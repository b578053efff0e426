"use client";
// An offer's ledger rows (contract §7), paged and filtered on the server through the URL (DataTable).
// Times are shown in the tenant's zone, the zone the date filters read.
import type { ColumnDef } from "@tanstack/react-table";
import { USE_COLUMNS, amountColumn } from "@/components/ledger/use-columns";
import { DataTable } from "@/components/ui/data-table";
import { DateTime } from "@/components/ui/date-time";
import { Badge } from "@/components/ui/page-header";
import type { RedemptionView } from "@/lib/redemptions/schemas";

const TONES = { redeemed: "green", reserved: "amber", reverted: "slate", released: "slate" } as const;

function columns(zone: string): ColumnDef<RedemptionView, unknown>[] {
  return [
    {
      accessorKey: "createdAt",
      header: "Time",
      enableSorting: false,
      cell: ({ row }) => <DateTime at={row.original.createdAt} zone={zone} />,
    },
    {
      accessorKey: "status",
      header: "Status",
      enableSorting: false,
      cell: ({ row }) => <Badge tone={TONES[row.original.status]}>{row.original.status}</Badge>,
    },
    ...USE_COLUMNS,
    { accessorKey: "channelType", header: "Channel", enableSorting: false },
    amountColumn("amount", "Discount", (use) => use.amount),
  ];
}

type Props = { rows: RedemptionView[]; total: number; page: number; count: number; zone: string };

export function LedgerTable({ zone, ...props }: Props) {
  return (
    <DataTable
      columns={columns(zone)}
      {...props}
      getRowId={(row) => row.id}
      emptyMessage="No ledger rows match these filters."
      caption="Ledger"
    />
  );
}
