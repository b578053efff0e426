"use client";
// The coupon/promotion list: server-side paging and sorting through the URL (DataTable), and bulk
// enable/disable for people who may write.
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setOffersActiveAction } from "@/app/(console)/offers/actions";
import { StatusBadge } from "@/components/offers/status-badge";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/page-header";
import { KIND_LABELS } from "@/lib/offers/category-schema";
import { formatOfferDate } from "@/lib/offers/dates";
import { FAMILIES, type Family } from "@/lib/offers/family";
import type { OfferView } from "@/lib/offers/schemas";
import { DateTime, useTimeZone } from "@/components/ui/date-time";

function columns(family: Family, zone: string): ColumnDef<OfferView, unknown>[] {
  const base = FAMILIES[family].consolePath;
  const cols: ColumnDef<OfferView, unknown>[] = [
    {
      id: "name",
      accessorKey: "name",
      header: "Name",
      cell: ({ row }) => (
        <Link href={`${base}/${row.original.id}`} className="font-medium text-indigo-700 hover:underline">
          {row.original.name}
        </Link>
      ),
    },
    { id: "kind", header: "Kind", enableSorting: false, cell: ({ row }) => KIND_LABELS[row.original.category.kind] },
    { id: "status", header: "Status", enableSorting: false, cell: ({ row }) => <StatusBadge status={row.original.status} /> },
    {
      id: "validFrom",
      header: "Valid",
      cell: ({ row }) => (
        <span className="whitespace-nowrap">
          {formatOfferDate(row.original.validFrom, zone)} → {row.original.validTo ? formatOfferDate(row.original.validTo, zone) : "no end"}
        </span>
      ),
    },
    { id: "stores", header: "Stores", enableSorting: false, cell: ({ row }) => (row.original.stores.length === 0 ? "All" : row.original.stores.length) },
  ];
  if (family === "coupon") cols.push({ id: "codes", header: "Codes", enableSorting: false, cell: ({ row }) => row.original.codesCount ?? 0 });
  cols.push({
    id: "updatedAt",
    header: "Last update",
    cell: ({ row }) => (
      <span className="whitespace-nowrap">
        <DateTime at={row.original.updatedAt} zone={zone} />
        <span className="block text-xs text-slate-500">{row.original.updatedBy}</span>
      </span>
    ),
  });
  return cols;
}

type Props = { family: Family; rows: OfferView[]; total: number; page: number; count: number; sort?: string; canWrite: boolean };

export function OfferTable({ family, canWrite, ...props }: Props) {
  const router = useRouter();
  const zone = useTimeZone();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  const bulk = (ids: string[], clear: () => void) => {
    const run = (active: boolean) =>
      startTransition(async () => {
        const result = await setOffersActiveAction(family, ids, active);
        if (result.ok) {
          const verb = active ? "enabled" : "disabled";
          const already = result.data.unchanged.length > 0 ? ` ${result.data.unchanged.length} already ${verb}.` : "";
          setMessage({ tone: "success", text: `${result.data.changed.length} ${verb}.${already}` });
          clear();
          router.refresh();
        } else setMessage({ tone: "error", text: result.message });
      });
    return (
      <>
        <Button variant="secondary" disabled={pending} onClick={() => run(true)}>
          Enable
        </Button>
        <Button variant="secondary" disabled={pending} onClick={() => run(false)}>
          Disable
        </Button>
      </>
    );
  };

  return (
    <div className="space-y-3">
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <DataTable
        columns={columns(family, zone)}
        {...props}
        getRowId={(row) => row.id}
        bulkActions={canWrite ? bulk : undefined}
        emptyMessage={`No ${FAMILIES[family].plural.toLowerCase()} match these filters.`}
        caption={FAMILIES[family].plural}
      />
    </div>
  );
}
