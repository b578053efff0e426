"use client";
// The codes of a coupon: server-side paging and sorting through DataTable, activate/deactivate one code
// or every selected code (the same operation as PUT /codes/{codeId}).
import type { ColumnDef } from "@tanstack/react-table";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setCodesActiveAction } from "@/app/(console)/coupons/[id]/codes/actions";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { Badge, Notice } from "@/components/ui/page-header";
import type { CodeView } from "@/lib/codes/views";

type Props = { couponId: string; rows: CodeView[]; total: number; page: number; count: number; sort?: string; canWrite: boolean };

export function CodesTable({ couponId, rows, total, page, count, sort, canWrite }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const setActive = (ids: string[], active: boolean, done?: () => void) =>
    startTransition(async () => {
      setError(null);
      const result = await setCodesActiveAction(couponId, { ids, active });
      if (!result.ok) setError(result.message);
      else done?.();
      router.refresh();
    });

  const columns: ColumnDef<CodeView, unknown>[] = [
    { accessorKey: "name", header: "Code", cell: ({ getValue }) => <code className="font-mono text-sm">{String(getValue())}</code> },
    {
      accessorKey: "active",
      header: "Status",
      enableSorting: false,
      cell: ({ getValue }) => (getValue() ? <Badge tone="green">Active</Badge> : <Badge tone="slate">Inactive</Badge>),
    },
    {
      accessorKey: "redemptions",
      header: "Redemptions",
      enableSorting: false,
      cell: ({ getValue }) => <span className="tabular-nums">{Number(getValue()).toLocaleString("en")}</span>,
    },
  ];
  if (canWrite) {
    columns.push({
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      enableSorting: false,
      cell: ({ row }) => (
        <Button
          variant="ghost"
          className="-my-2"
          disabled={pending}
          onClick={() => setActive([row.original.id], !row.original.active)}
          aria-label={`${row.original.active ? "Deactivate" : "Activate"} ${row.original.name}`}
        >
          {row.original.active ? "Deactivate" : "Activate"}
        </Button>
      ),
    });
  }

  return (
    <div className="space-y-3">
      {error ? <Notice tone="error">{error}</Notice> : null}
      <DataTable
        columns={columns}
        rows={rows}
        total={total}
        page={page}
        count={count}
        sort={sort}
        getRowId={(row) => row.id}
        caption="Codes of this coupon"
        emptyMessage="No codes match. Add, generate or import codes above."
        bulkActions={
          canWrite
            ? (ids, clear) => (
                <>
                  <Button variant="secondary" disabled={pending} onClick={() => setActive(ids, true, clear)}>
                    Activate selected
                  </Button>
                  <Button variant="secondary" disabled={pending} onClick={() => setActive(ids, false, clear)}>
                    Deactivate selected
                  </Button>
                </>
              )
            : undefined
        }
      />
    </div>
  );
}
