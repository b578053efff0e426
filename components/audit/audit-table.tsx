"use client";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/ui/data-table";
import type { AuditEventView } from "@/lib/audit/list-audit-events";
import { DateTime } from "@/components/ui/date-time";

const columns: ColumnDef<AuditEventView, unknown>[] = [
  { accessorKey: "createdAt", header: "When", enableSorting: false, cell: ({ getValue }) => <DateTime at={String(getValue())} /> },
  { accessorKey: "actorName", header: "Who", enableSorting: false, cell: ({ row }) => `${row.original.actorName}${row.original.actorType === "token" ? " (API token)" : ""}` },
  { accessorKey: "action", header: "Action", enableSorting: false },
  { accessorKey: "objectType", header: "Object", enableSorting: false, cell: ({ row }) => <span>{row.original.objectType} <code className="text-xs text-slate-500">{row.original.objectId}</code></span> },
  {
    accessorKey: "changes",
    header: "Change",
    enableSorting: false,
    cell: ({ getValue }) => (
      <details>
        <summary className="cursor-pointer text-indigo-700">Show</summary>
        <pre className="mt-1 max-w-xl overflow-x-auto rounded bg-slate-50 p-2 text-xs">{JSON.stringify(getValue(), null, 2)}</pre>
      </details>
    ),
  },
];

export function AuditTable(props: { rows: AuditEventView[]; total: number; page: number; count: number }) {
  return <DataTable columns={columns} {...props} getRowId={(row) => row.id} emptyMessage="No events match these filters." caption="Audit log" />;
}
