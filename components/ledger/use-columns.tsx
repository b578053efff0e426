"use client";
// The columns every list of uses shows the same way (an offer's ledger, a coupon's redemptions): the
// code, the order, its customer and store, and an amount with its currency.
import type { ColumnDef } from "@tanstack/react-table";
import type { RedemptionView } from "@/lib/redemptions/schemas";

export const USE_COLUMNS: ColumnDef<RedemptionView, unknown>[] = [
  {
    accessorKey: "code",
    header: "Code",
    enableSorting: false,
    cell: ({ getValue }) => <code className="font-mono text-xs">{String(getValue())}</code>,
  },
  { accessorKey: "orderId", header: "Order", enableSorting: false },
  { accessorKey: "consumerId", header: "Customer", enableSorting: false },
  { accessorKey: "storeId", header: "Store", enableSorting: false },
];

/** A column of major units in the use's currency ("12.5 EUR"); empty where the use has no such amount. */
export function amountColumn(
  id: string,
  header: string,
  amount: (row: RedemptionView) => number | null,
): ColumnDef<RedemptionView, unknown> {
  return {
    id,
    header,
    enableSorting: false,
    cell: ({ row }) => {
      const value = amount(row.original);
      return value === null ? "" : `${value} ${row.original.currency ?? ""}`;
    },
  };
}
