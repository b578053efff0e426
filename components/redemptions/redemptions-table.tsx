"use client";
import type { ColumnDef } from "@tanstack/react-table";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { revertRedemptionAction } from "@/app/(console)/coupons/[id]/redemptions/actions";
import { USE_COLUMNS, amountColumn } from "@/components/ledger/use-columns";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { Badge, Notice } from "@/components/ui/page-header";
import type { RedemptionView } from "@/lib/redemptions/schemas";
import { DateTime } from "@/components/ui/date-time";

const columns: ColumnDef<RedemptionView, unknown>[] = [
  {
    accessorKey: "createdAt",
    header: "Redeemed",
    enableSorting: false,
    cell: ({ row }) => <DateTime at={row.original.createdAt} store={row.original.storeId} />,
  },
  ...USE_COLUMNS,
  amountColumn("total", "Order total", (use) => use.catalogTotal),
  {
    accessorKey: "status",
    header: "Status",
    enableSorting: false,
    cell: ({ row }) =>
      row.original.status === "redeemed" ? (
        <Badge tone="green">Redeemed</Badge>
      ) : (
        <Badge tone="slate">
          Reverted <DateTime at={row.original.revertedAt} store={row.original.storeId} />
        </Badge>
      ),
  },
];

type Props = { couponId: string; rows: RedemptionView[]; total: number; page: number; count: number; canRevert: boolean };

export function RedemptionsTable({ couponId, canRevert, ...props }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const revert = (redemption: RedemptionView) => {
    if (!window.confirm(`Revert the redemption of ${redemption.code} for order ${redemption.orderId}? The code gets its use back.`)) return;
    startTransition(async () => {
      const result = await revertRedemptionAction(couponId, redemption.id);
      setMessage(
        result.ok
          ? { tone: "success", text: `Reverted ${redemption.code} for order ${redemption.orderId}.` }
          : { tone: "error", text: result.message },
      );
      if (result.ok) router.refresh();
    });
  };
  const withActions: ColumnDef<RedemptionView, unknown>[] = canRevert
    ? [
        ...columns,
        {
          id: "actions",
          header: () => <span className="sr-only">Actions</span>,
          enableSorting: false,
          cell: ({ row }) =>
            row.original.status === "redeemed" ? (
              <Button
                variant="ghost"
                className="-my-2"
                disabled={pending}
                onClick={() => revert(row.original)}
                aria-label={`Revert ${row.original.code} for order ${row.original.orderId}`}
              >
                Revert
              </Button>
            ) : null,
        },
      ]
    : columns;
  return (
    <div className="space-y-3">
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <DataTable columns={withActions} {...props} getRowId={(row) => row.id} emptyMessage="No redemptions yet." caption="Redemptions" />
    </div>
  );
}
