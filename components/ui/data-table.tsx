"use client";
// A TanStack table whose paging and sorting live in the URL and run on the server: the page
// passes one page of rows plus the total, and a click here only changes the query string.
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type RowSelectionState,
  type SortingState,
} from "@tanstack/react-table";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useMemo, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

export type DataTableProps<Row> = {
  columns: ColumnDef<Row, unknown>[];
  rows: Row[];
  total: number;
  page: number;
  count: number;
  sort?: string;
  emptyMessage?: string;
  getRowId?: (row: Row) => string;
  /** Renders bulk actions for the selected row ids; enables the selection column when given. */
  bulkActions?: (selectedIds: string[], clear: () => void) => ReactNode;
  caption?: string;
};

function parseSort(sort: string | undefined): SortingState {
  if (!sort) return [];
  const desc = sort.startsWith("-");
  return [{ id: desc ? sort.slice(1) : sort, desc }];
}

export function DataTable<Row>({
  columns,
  rows,
  total,
  page,
  count,
  sort,
  emptyMessage = "Nothing here yet.",
  getRowId,
  bulkActions,
  caption,
}: DataTableProps<Row>) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const sorting = useMemo(() => parseSort(sort), [sort]);
  const pageCount = Math.max(1, Math.ceil(total / count));

  const navigate = (changes: Record<string, string | undefined>) => {
    const params = new URLSearchParams(searchParams.toString());
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) params.delete(key);
      else params.set(key, value);
    }
    router.push(`${pathname}?${params.toString()}`);
  };

  const selectionColumn: ColumnDef<Row, unknown> = {
    id: "select",
    enableSorting: false,
    header: ({ table }) => (
      <input
        type="checkbox"
        aria-label="Select all rows on this page"
        checked={table.getIsAllRowsSelected()}
        onChange={table.getToggleAllRowsSelectedHandler()}
      />
    ),
    cell: ({ row }) => (
      <input type="checkbox" aria-label="Select row" checked={row.getIsSelected()} onChange={row.getToggleSelectedHandler()} />
    ),
  };

  // TanStack Table hands out functions that React Compiler cannot memoize, so it leaves this component
  // as written; nothing here relies on compiler memoization.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns: bulkActions ? [selectionColumn, ...columns] : columns,
    getRowId,
    state: { sorting, rowSelection },
    onRowSelectionChange: setRowSelection,
    enableRowSelection: Boolean(bulkActions),
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    pageCount,
    onSortingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      const first = next[0];
      navigate({ sort: first ? `${first.desc ? "-" : ""}${first.id}` : undefined, page: "1" });
    },
    getCoreRowModel: getCoreRowModel(),
  });

  const selectedIds = Object.keys(rowSelection).filter((id) => rowSelection[id]);
  const from = total === 0 ? 0 : (page - 1) * count + 1;
  const to = Math.min(total, page * count);

  return (
    <div className="space-y-3">
      {bulkActions && selectedIds.length > 0 ? (
        <div className="flex items-center gap-3 rounded-md bg-indigo-50 px-3 py-2 text-sm">
          <span>{selectedIds.length} selected</span>
          {bulkActions(selectedIds, () => setRowSelection({}))}
        </div>
      ) : null}
      {/* Focusable so keyboard users can scroll a wide table on a phone. */}
      <div
        className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm"
        tabIndex={0}
        role="region"
        aria-label={caption ?? "Table"}
      >
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          {caption ? <caption className="sr-only">{caption}</caption> : null}
          <thead className="bg-slate-50">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted ? (sorted === "desc" ? "descending" : "ascending") : undefined}
                      className="px-3 py-2 text-left font-medium whitespace-nowrap text-slate-600"
                    >
                      {header.isPlaceholder ? null : header.column.getCanSort() ? (
                        <button
                          type="button"
                          onClick={header.column.getToggleSortingHandler()}
                          className="inline-flex items-center gap-1 hover:text-slate-900"
                        >
                          {flexRender(header.column.columnDef.header, header.getContext())}
                          <span aria-hidden="true">{sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}</span>
                        </button>
                      ) : (
                        flexRender(header.column.columnDef.header, header.getContext())
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-slate-100">
            {table.getRowModel().rows.length === 0 ? (
              <tr>
                <td colSpan={table.getAllLeafColumns().length} className="px-3 py-8 text-center text-slate-500">
                  {emptyMessage}
                </td>
              </tr>
            ) : (
              table.getRowModel().rows.map((row) => (
                <tr key={row.id} className="hover:bg-slate-50" data-state={row.getIsSelected() ? "selected" : undefined}>
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className="px-3 py-2 align-top">
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <nav aria-label="Pagination" className="flex items-center justify-between text-sm text-slate-600">
        <span>
          {from}–{to} of {total.toLocaleString("en")}
        </span>
        <div className="flex items-center gap-2">
          <Button variant="secondary" disabled={page <= 1} onClick={() => navigate({ page: String(page - 1) })}>
            Previous
          </Button>
          <span>
            Page {page} of {pageCount}
          </span>
          <Button variant="secondary" disabled={page >= pageCount} onClick={() => navigate({ page: String(page + 1) })}>
            Next
          </Button>
        </div>
      </nav>
    </div>
  );
}
