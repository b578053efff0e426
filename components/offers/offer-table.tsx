"use client";
// The coupon/promotion list: server-side paging and sorting through the URL (DataTable; every date
// and status column sorts), and for people who may write the bulk actions: enable, disable,
// duplicate and archive, or restore in the archive view, each with an undo.
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { archiveOffersAction, duplicateOffersAction, restoreOffersAction, setOffersActiveAction } from "@/app/(console)/offers/actions";
import { StatusBadge } from "@/components/offers/status-badge";
import { UsageCell } from "@/components/offers/usage-bars";
import { displayStatus, type OfferUsageSummary } from "@/lib/limits/usage-view";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { DateTime, useTimeZone } from "@/components/ui/date-time";
import { KIND_LABELS } from "@/lib/offers/category-schema";
import { formatOfferDate } from "@/lib/offers/dates";
import { FAMILIES, type Family } from "@/lib/offers/family";
import type { OfferView } from "@/lib/offers/schemas";

function columns(family: Family, zone: string, usage: Record<string, OfferUsageSummary>): ColumnDef<OfferView, unknown>[] {
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
    { id: "kind", accessorFn: (row) => row.category.kind, header: "Kind", cell: ({ row }) => KIND_LABELS[row.original.category.kind] },
    {
      id: "status",
      accessorKey: "status",
      header: "Status",
      cell: ({ row }) => <StatusBadge status={displayStatus(row.original.status, usage[row.original.id])} />,
    },
    {
      id: "validFrom",
      accessorKey: "validFrom",
      header: "Starts",
      sortDescFirst: false,
      cell: ({ row }) => <span className="whitespace-nowrap">{formatOfferDate(row.original.validFrom, zone)}</span>,
    },
    {
      id: "validTo",
      accessorKey: "validTo",
      header: "Ends",
      sortDescFirst: false,
      cell: ({ row }) => (
        <span className="whitespace-nowrap">{row.original.validTo ? formatOfferDate(row.original.validTo, zone) : "no end"}</span>
      ),
    },
    {
      id: "stores",
      header: "Stores",
      enableSorting: false,
      cell: ({ row }) => (row.original.stores.length === 0 ? "All" : row.original.stores.length),
    },
  ];
  cols.push({
    id: "usage",
    header: "Usage",
    enableSorting: false,
    cell: ({ row }) => <UsageCell usage={usage[row.original.id]} />,
  });
  if (family === "coupon")
    cols.push({ id: "codes", header: "Codes", enableSorting: false, cell: ({ row }) => row.original.codesCount ?? 0 });
  cols.push({
    id: "updatedAt",
    accessorKey: "updatedAt",
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

type Props = {
  family: Family;
  rows: OfferView[];
  total: number;
  page: number;
  count: number;
  sort?: string;
  canWrite: boolean;
  archived: boolean;
  usage: Record<string, OfferUsageSummary>;
};
type Message = { tone: "success" | "error"; text: string; undo?: { label: string; run: () => Promise<void> } };
type BulkResult = { ok: true; data: { done: string[]; failed: { id: string; message: string }[] } } | { ok: false; message: string };

export function OfferTable({ family, canWrite, archived, usage, ...props }: Props) {
  const router = useRouter();
  const zone = useTimeZone();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<Message | null>(null);
  const noun = (n: number) => `${n} ${n === 1 ? FAMILIES[family].label.toLowerCase() : FAMILIES[family].plural.toLowerCase()}`;

  /** Shows what a bulk action did (and what it refused), with the action that undoes it. */
  const report = (
    result: BulkResult,
    verb: string,
    undo?: { label: string; action: (ids: string[]) => Promise<BulkResult>; verb: string },
  ) => {
    if (!result.ok) return setMessage({ tone: "error", text: result.message });
    const { done, failed } = result.data;
    const refused = failed.length ? ` ${failed.length} not: ${failed[0].message}` : "";
    setMessage({
      tone: failed.length && !done.length ? "error" : "success",
      text: `${noun(done.length)} ${verb}.${refused}`,
      undo:
        undo && done.length
          ? {
              label: undo.label,
              run: async () => {
                const back = await undo.action(done);
                report(back, undo.verb);
                router.refresh();
              },
            }
          : undefined,
    });
  };

  const bulk = (ids: string[], clear: () => void) => {
    const run = (work: () => Promise<void>) =>
      startTransition(async () => {
        await work();
        clear();
        router.refresh();
      });
    const activate = (active: boolean) =>
      run(async () => {
        const result = await setOffersActiveAction(family, ids, active);
        if (!result.ok) return setMessage({ tone: "error", text: result.message });
        const verb = active ? "enabled" : "disabled";
        const already = result.data.unchanged.length > 0 ? ` ${result.data.unchanged.length} already ${verb}.` : "";
        const changed = result.data.changed;
        setMessage({
          tone: "success",
          text: `${changed.length} ${verb}.${already}`,
          undo: changed.length
            ? {
                label: "Undo",
                run: async () => {
                  await setOffersActiveAction(family, changed, !active);
                  setMessage({ tone: "success", text: `${changed.length} ${active ? "disabled" : "enabled"} again.` });
                  router.refresh();
                },
              }
            : undefined,
        });
      });
    if (archived) {
      return (
        <Button
          variant="secondary"
          disabled={pending}
          onClick={() =>
            run(async () =>
              report(await restoreOffersAction(family, ids), "restored (disabled: enable them when ready)", {
                label: "Undo",
                action: (done) => archiveOffersAction(family, done),
                verb: "archived again",
              }),
            )
          }
        >
          Restore
        </Button>
      );
    }
    return (
      <>
        <Button variant="secondary" disabled={pending} onClick={() => activate(true)}>
          Enable
        </Button>
        <Button variant="secondary" disabled={pending} onClick={() => activate(false)}>
          Disable
        </Button>
        <Button
          variant="secondary"
          disabled={pending}
          onClick={() =>
            run(async () =>
              report(await duplicateOffersAction(family, ids), "copied (disabled, named “Copy of …”)", {
                label: "Undo",
                action: (done) => archiveOffersAction(family, done),
                verb: "copies removed",
              }),
            )
          }
        >
          Duplicate
        </Button>
        <Button
          variant="secondary"
          disabled={pending}
          onClick={() =>
            run(async () =>
              report(await archiveOffersAction(family, ids), "archived", {
                label: "Undo",
                action: (done) => restoreOffersAction(family, done),
                verb: "restored",
              }),
            )
          }
        >
          Archive
        </Button>
      </>
    );
  };

  return (
    <div className="space-y-3">
      {message ? (
        <div
          role={message.tone === "error" ? "alert" : "status"}
          className={`flex flex-wrap items-center gap-3 rounded-md border px-4 py-3 text-sm ${message.tone === "error" ? "border-rose-200 bg-rose-50 text-rose-900" : "border-emerald-200 bg-emerald-50 text-emerald-900"}`}
        >
          <span>{message.text}</span>
          {message.undo ? (
            <Button variant="secondary" disabled={pending} onClick={() => startTransition(message.undo!.run)}>
              {message.undo.label}
            </Button>
          ) : null}
        </div>
      ) : null}
      <DataTable
        columns={columns(family, zone, usage)}
        {...props}
        getRowId={(row) => row.id}
        bulkActions={canWrite ? bulk : undefined}
        emptyMessage={
          archived
            ? `No archived ${FAMILIES[family].plural.toLowerCase()}.`
            : `No ${FAMILIES[family].plural.toLowerCase()} match these filters.`
        }
        caption={archived ? `Archived ${FAMILIES[family].plural.toLowerCase()}` : FAMILIES[family].plural}
      />
    </div>
  );
}
