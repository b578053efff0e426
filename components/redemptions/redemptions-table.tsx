"use client";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/page-header";
import type { RedemptionView } from "@/lib/redemptions/schemas";

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" }) : "");

const columns: ColumnDef<RedemptionView, unknown>[] = [
  { accessorKey: "createdAt", header: "Redeemed", enableSorting: false, cell: ({ getValue }) => when(String(getValue())) },
  { accessorKey: "code", header: "Code", enableSorting: false, cell: ({ getValue }) => <code className="font-mono text-xs">{String(getValue())}</code> },
  { accessorKey: "orderId", header: "Order", enableSorting: false },
  { accessorKey: "consumerId", header: "Customer", enableSorting: false },
  { accessorKey: "storeId", header: "Store", enableSorting: false },
  { id: "total", header: "Order total", enableSorting: false, cell: ({ row }) => (row.original.catalogTotal === null ? "" : `${row.original.catalogTotal} ${row.original.currency ?? ""}`) },
  {
    accessorKey: "status",
    header: "Status",
    enableSorting: false,
    cell: ({ row }) => (row.original.status === "redeemed" ? <Badge tone="green">Redeemed</Badge> : <Badge tone="slate">Reverted {when(row.original.revertedAt)}</Badge>),
  },
];

export function RedemptionsTable(props: { rows: RedemptionView[]; total: number; page: number; count: number }) {
  return <DataTable columns={columns} {...props} getRowId={(row) => row.id} emptyMessage="No redemptions yet." caption="Redemptions" />;
}
