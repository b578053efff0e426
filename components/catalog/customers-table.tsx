"use client";
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { useMemo } from "react";
import { deleteCustomerAction } from "@/app/(console)/catalog/actions";
import { DeleteButton } from "@/components/catalog/delete-button";
import { formatPrice } from "@/components/catalog/format";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/page-header";
import type { CustomerView } from "@/lib/catalog/customers/customer-view";

type Props = { rows: CustomerView[]; total: number; page: number; count: number; sort?: string; canWrite: boolean };

export function CustomersTable({ canWrite, ...props }: Props) {
  // Stable column definitions: TanStack renders each `cell` as a component, so a new function per render
  // would remount the cells (and drop, e.g., a delete button's error message).
  const columns = useMemo(() => {
    const base: ColumnDef<CustomerView, unknown>[] = [
      {
        accessorKey: "id",
        header: "Id",
        cell: ({ row }) => (
          <Link
            href={`/catalog/customers/${encodeURIComponent(row.original.id)}`}
            className="font-mono text-xs text-indigo-700 hover:underline"
          >
            {row.original.id}
          </Link>
        ),
      },
      { accessorKey: "name", header: "Name" },
      { accessorKey: "email", header: "Email", cell: ({ row }) => row.original.email ?? <span className="text-slate-500">—</span> },
      {
        accessorKey: "segments",
        header: "Segments",
        enableSorting: false,
        cell: ({ row }) => (
          <span className="flex flex-wrap gap-1">
            {row.original.segments.map((s) => (
              <Badge key={`${s.key}=${s.value}`} tone="indigo">
                {s.key}: {s.value}
              </Badge>
            ))}
          </span>
        ),
      },
      { accessorKey: "rewardPoints", header: "Points", cell: ({ row }) => row.original.rewardPoints.toLocaleString("en") },
      {
        accessorKey: "lifetimePurchaseTotal",
        header: "Lifetime purchases",
        cell: ({ row }) => formatPrice({ currency: row.original.currency, amount: row.original.lifetimePurchaseTotal }),
      },
    ];
    if (canWrite) {
      base.push({
        id: "actions",
        header: () => <span className="sr-only">Actions</span>,
        enableSorting: false,
        cell: ({ row }) => (
          <DeleteButton
            label={`Delete customer ${row.original.id}`}
            confirmText={`Delete customer ${row.original.id} (${row.original.name})?`}
            action={() => deleteCustomerAction(row.original.id)}
          />
        ),
      });
    }
    return base;
  }, [canWrite]);
  return <DataTable columns={columns} {...props} getRowId={(row) => row.id} emptyMessage="No customers match." caption="Customers" />;
}
