"use client";
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { useMemo } from "react";
import { deleteProductAction } from "@/app/(console)/catalog/actions";
import { DeleteButton } from "@/components/catalog/delete-button";
import { formatPrice } from "@/components/catalog/format";
import { DateTime } from "@/components/ui/date-time";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/page-header";
import type { ProductView } from "@/lib/catalog/products/product-view";

type Props = { rows: ProductView[]; total: number; page: number; count: number; sort?: string; canWrite: boolean };

export function ProductsTable({ canWrite, ...props }: Props) {
  // Stable column definitions: TanStack renders each `cell` as a component, so a new function per render
  // would remount the cells (and drop, e.g., a delete button's error message).
  const columns = useMemo(() => {
    const base: ColumnDef<ProductView, unknown>[] = [
      {
        accessorKey: "id",
        header: "SKU",
        cell: ({ row }) => (
          <Link
            href={`/catalog/products/${encodeURIComponent(row.original.id)}`}
            className="font-mono text-xs text-indigo-700 hover:underline"
          >
            {row.original.id}
          </Link>
        ),
      },
      { accessorKey: "name", header: "Name" },
      {
        accessorKey: "categories",
        header: "Categories",
        enableSorting: false,
        cell: ({ row }) => (
          <span className="flex flex-wrap gap-1">
            {row.original.categories.map((c) => (
              <Badge key={c}>{c}</Badge>
            ))}
          </span>
        ),
      },
      {
        accessorKey: "prices",
        header: "Prices",
        enableSorting: false,
        cell: ({ row }) => row.original.prices.map(formatPrice).join(" · ") || "—",
      },
      { accessorKey: "updatedAt", header: "Updated", cell: ({ row }) => <DateTime at={row.original.updatedAt} /> },
    ];
    if (canWrite) {
      base.push({
        id: "actions",
        header: () => <span className="sr-only">Actions</span>,
        enableSorting: false,
        cell: ({ row }) => (
          <DeleteButton
            label={`Delete product ${row.original.id}`}
            confirmText={`Delete product ${row.original.id} (${row.original.name})?`}
            action={() => deleteProductAction(row.original.id)}
          />
        ),
      });
    }
    return base;
  }, [canWrite]);
  return <DataTable columns={columns} {...props} getRowId={(row) => row.id} emptyMessage="No products match." caption="Products" />;
}
