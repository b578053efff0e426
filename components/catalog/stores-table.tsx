"use client";
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { useMemo } from "react";
import { deleteStoreAction } from "@/app/(console)/catalog/actions";
import { DeleteButton } from "@/components/catalog/delete-button";
import { DataTable } from "@/components/ui/data-table";
import type { StoreView } from "@/lib/catalog/stores/store-view";

type Props = {
  rows: StoreView[];
  total: number;
  page: number;
  count: number;
  sort?: string;
  canWrite: boolean;
  groupNames: Record<string, string>;
};

export function StoresTable({ canWrite, groupNames, ...props }: Props) {
  // Stable column definitions: TanStack renders each `cell` as a component, so a new function per render
  // would remount the cells (and drop, e.g., a delete button's error message).
  const groupKey = JSON.stringify(groupNames);
  const columns = useMemo(() => {
    const names: Record<string, string> = JSON.parse(groupKey);
    const base: ColumnDef<StoreView, unknown>[] = [
      {
        accessorKey: "id",
        header: "Id",
        cell: ({ row }) => (
          <Link
            href={`/catalog/stores/${encodeURIComponent(row.original.id)}`}
            className="font-mono text-xs text-indigo-700 hover:underline"
          >
            {row.original.id}
          </Link>
        ),
      },
      { accessorKey: "name", header: "Name" },
      {
        accessorKey: "timeZone",
        header: "Time zone",
        cell: ({ row }) => row.original.timeZone ?? <span className="text-slate-500">tenant zone</span>,
      },
      {
        accessorKey: "storeGroupId",
        header: "Store group",
        cell: ({ row }) => {
          const groupId = row.original.storeGroupId;
          return groupId ? `${names[groupId] ?? groupId}` : <span className="text-slate-500">—</span>;
        },
      },
    ];
    if (canWrite) {
      base.push({
        id: "actions",
        header: () => <span className="sr-only">Actions</span>,
        enableSorting: false,
        cell: ({ row }) => (
          <DeleteButton
            label={`Delete store ${row.original.id}`}
            confirmText={`Delete store ${row.original.id} (${row.original.name})?`}
            action={() => deleteStoreAction(row.original.id)}
          />
        ),
      });
    }
    return base;
  }, [canWrite, groupKey]);
  return <DataTable columns={columns} {...props} getRowId={(row) => row.id} emptyMessage="No stores match." caption="Stores" />;
}
