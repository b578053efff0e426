"use client";
// Past imports and generation jobs of a coupon, newest first; while any job runs the page refreshes
// itself so counts and the codes table keep up.
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { errorsUrl, isActive, StatusBadge } from "@/components/codes/import-progress";
import type { CodeImportView } from "@/lib/codes/views";
import { DateTime } from "@/components/ui/date-time";

const REFRESH_MS = 2000;

export function ImportsTable({ imports, total }: { imports: CodeImportView[]; total: number }) {
  const router = useRouter();
  const running = imports.some(isActive);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => router.refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [running, router]);

  if (imports.length === 0) return <p className="text-sm text-slate-500">No imports yet.</p>;
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Imports">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Imports of this coupon</caption>
        <thead className="text-left text-slate-600">
          <tr>
            {["Started", "Source", "Status", "Rows", "Imported", "Rejected", ""].map((h, i) => (
              <th key={i} scope="col" className="px-3 py-2 font-medium">
                {h || <span className="sr-only">Error report</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {imports.map((job) => (
            <tr key={job.id}>
              <td className="px-3 py-2 whitespace-nowrap">
                <DateTime at={job.createdAt} />
                <div className="text-xs text-slate-500">{job.createdBy}</div>
              </td>
              <td className="px-3 py-2">
                {job.kind === "generate" ? "Generated: " : ""}
                <span className="font-mono">{job.fileName}</span>
              </td>
              <td className="px-3 py-2">
                <StatusBadge status={job.status} />
                {job.status === "failed" && job.failureReason ? (
                  <div className="max-w-xs text-xs text-rose-700">{job.failureReason}</div>
                ) : null}
              </td>
              <td className="px-3 py-2 tabular-nums">
                {job.processedRows.toLocaleString("en")} / {job.totalRows.toLocaleString("en")}
              </td>
              <td className="px-3 py-2 tabular-nums">{job.importedCount.toLocaleString("en")}</td>
              <td className="px-3 py-2 tabular-nums">{job.rejectedCount.toLocaleString("en")}</td>
              <td className="px-3 py-2">
                {job.rejectedCount > 0 ? (
                  <a className="text-indigo-700 underline" href={errorsUrl(job)} download>
                    Error report
                  </a>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > imports.length ? (
        <p className="mt-2 text-xs text-slate-500">
          Showing the latest {imports.length} of {total} imports.
        </p>
      ) : null}
    </div>
  );
}
