"use client";
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { useMemo } from "react";
import { deleteStoreGroupAction } from "@/app/(console)/catalog/actions";
import { DeleteButton } from "@/components/catalog/delete-button";
import { DataTable } from "@/components/ui/data-table";
import type { StoreGroupView } from "@/lib/catalog/store-groups/store-group-view";

type Props = { rows: StoreGroupView[]; total: number; page: number; count: number; sort?: string; canWrite: boolean };

export function StoreGroupsTable({ canWrite, ...props }: Props) {
  // Stable column definitions: TanStack renders each `cell` as a component, so a new function per render
  // would remount the cells (and drop, e.g., a delete button's error message).
  const columns = useMemo(() => {
    const base: ColumnDef<StoreGroupView, unknown>[] = [
      {
        accessorKey: "id",
        header: "Id",
        cell: ({ row }) => (
          <Link
            href={`/catalog/store-groups/${encodeURIComponent(row.original.id)}`}
            className="font-mono text-xs text-indigo-700 hover:underline"
          >
            {row.original.id}
          </Link>
        ),
      },
      { accessorKey: "name", header: "Name" },
      {
        accessorKey: "storeCount",
        header: "Stores",
        enableSorting: false,
        cell: ({ row }) => (
          <Link href={`/catalog/stores?storeGroupId=${encodeURIComponent(row.original.id)}`} className="text-indigo-700 hover:underline">
            {row.original.storeCount} {row.original.storeCount === 1 ? "store" : "stores"}
          </Link>
        ),
      },
    ];
    if (canWrite) {
      base.push({
        id: "actions",
        header: () => <span className="sr-only">Actions</span>,
        enableSorting: false,
        cell: ({ row }) => (
          <DeleteButton
            label={`Delete store group ${row.original.id}`}
            confirmText={`Delete store group ${row.original.id} (${row.original.name})?`}
            action={() => deleteStoreGroupAction(row.original.id)}
          />
        ),
      });
    }
    return base;
  }, [canWrite]);
  return <DataTable columns={columns} {...props} getRowId={(row) => row.id} emptyMessage="No store groups match." caption="Store groups" />;
}
