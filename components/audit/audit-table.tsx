"use client";
// The audit log: when (in the tenant's zone), who, what object by name, and each change in words as
// before → after; the raw record stays one click away for support.
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { DateTime } from "@/components/ui/date-time";
import { describeAuditEvent, type AuditNames } from "@/lib/audit/describe-audit-event";
import type { AuditEventView } from "@/lib/audit/list-audit-events";

function columns(names: AuditNames): ColumnDef<AuditEventView, unknown>[] {
  return [
    { accessorKey: "createdAt", header: "When", enableSorting: false, cell: ({ row }) => <DateTime at={row.original.createdAt} /> },
    {
      accessorKey: "actorName",
      header: "Who",
      enableSorting: false,
      cell: ({ row }) => `${row.original.actorName}${row.original.actorType === "token" ? " (API token)" : ""}`,
    },
    {
      id: "what",
      header: "What",
      enableSorting: false,
      cell: ({ row }) => {
        const d = describeAuditEvent(row.original, names);
        return (
          <span>
            {d.objectLabel}{" "}
            {!d.objectName ? null : d.href ? (
              <Link className="font-medium text-indigo-700 hover:underline" href={d.href}>
                {d.objectName}
              </Link>
            ) : (
              <span className="font-medium">{d.objectName}</span>
            )}{" "}
            {d.action}
          </span>
        );
      },
    },
    {
      accessorKey: "changes",
      header: "Change",
      enableSorting: false,
      cell: ({ row }) => {
        const d = describeAuditEvent(row.original, names);
        return (
          <div className="max-w-xl space-y-1">
            {d.changes.length ? (
              <ul className="space-y-0.5 text-xs" data-testid="audit-changes">
                {d.changes.slice(0, 8).map((c) => (
                  <li key={c.field}>
                    <span className="font-medium">{c.label}</span>:{" "}
                    {c.from === "—" ? null : (
                      <>
                        <span className="text-slate-500 line-through">{c.from}</span> →{" "}
                      </>
                    )}
                    <span>{c.to}</span>
                  </li>
                ))}
                {d.changes.length > 8 ? <li className="text-slate-500">and {d.changes.length - 8} more</li> : null}
              </ul>
            ) : null}
            <details className="text-xs">
              <summary className="cursor-pointer text-slate-500">Raw record</summary>
              <pre className="mt-1 overflow-x-auto rounded bg-slate-50 p-2">
                {JSON.stringify({ id: row.original.objectId, changes: row.original.changes }, null, 2)}
              </pre>
            </details>
          </div>
        );
      },
    },
  ];
}

export function AuditTable({ names, ...props }: { rows: AuditEventView[]; total: number; page: number; count: number; names: AuditNames }) {
  return (
    <DataTable
      columns={columns(names)}
      {...props}
      getRowId={(row) => row.id}
      emptyMessage="No events match these filters."
      caption="Audit log"
    />
  );
}
