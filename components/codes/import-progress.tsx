"use client";
// Live progress of one import or generation job: polls GET …/imports/{id} every second until the job
// ends, and shows rows processed, imported, rejected, rate and time left, then the error report link.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Badge } from "@/components/ui/page-header";
import type { CodeImportView } from "@/lib/codes/views";
import { DateTime } from "@/components/ui/date-time";

const POLL_MS = 1000;

export function isActive(job: CodeImportView): boolean {
  return job.status === "queued" || job.status === "processing";
}

export function errorsUrl(job: CodeImportView): string {
  return `/api/v1/coupons/${encodeURIComponent(job.couponId)}/codes/imports/${encodeURIComponent(job.id)}/errors.csv`;
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "—";
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min ${Math.round(seconds % 60)} s` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function StatusBadge({ status }: { status: CodeImportView["status"] }) {
  const tone = { queued: "slate", processing: "indigo", completed: "green", failed: "rose" } as const;
  const label = { queued: "Queued", processing: "Processing", completed: "Completed", failed: "Failed" } as const;
  return <Badge tone={tone[status]}>{label[status]}</Badge>;
}

/** Reads a v1 coupon's import job over the REST API. */
async function readImport(job: CodeImportView): Promise<CodeImportView> {
  const response = await fetch(`/api/v1/coupons/${encodeURIComponent(job.couponId)}/codes/imports/${encodeURIComponent(job.id)}`, {
    cache: "no-store",
  });
  if (!response.ok) throw new Error(`status ${response.status}`);
  return ((await response.json()) as { codesImport: CodeImportView }).codesImport;
}

/** `read` fetches the job again (default: the v1 imports API; legacy generations pass a server action). */
export function ImportProgress({
  initial,
  read = readImport,
}: {
  initial: CodeImportView;
  read?: (job: CodeImportView) => Promise<CodeImportView>;
}) {
  const router = useRouter();
  // Recent (time, rows) samples: the rate over the last seconds reacts to slow-downs better than an average.
  const [{ job, samples, error }, setState] = useState({
    job: initial,
    samples: [] as { t: number; rows: number }[],
    error: null as string | null,
  });

  useEffect(() => {
    if (!isActive(job)) return;
    const timer = setTimeout(async () => {
      try {
        const next = await read(job);
        setState((s) => ({ job: next, samples: [...s.samples, { t: Date.now(), rows: next.processedRows }].slice(-8), error: null }));
        if (!isActive(next)) router.refresh();
      } catch (e) {
        // A new job object re-arms the effect, so polling goes on.
        setState((s) => ({ ...s, job: { ...s.job }, error: `Could not refresh the progress (${(e as Error).message}); retrying…` }));
      }
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [job, router, read]);

  const total = Math.max(job.totalRows, 1);
  const percent = job.status === "completed" ? 100 : Math.min(100, Math.floor((job.processedRows / total) * 100));
  const first = samples[0];
  const last = samples[samples.length - 1];
  const rate = first && last && last.t > first.t ? ((last.rows - first.rows) / (last.t - first.t)) * 1000 : NaN;
  const left = rate > 0 ? (job.totalRows - job.processedRows) / rate : NaN;
  const noun = job.kind === "generate" ? "codes" : "rows";

  return (
    <div className="space-y-2" aria-live="polite" data-testid={`import-progress-${job.id}`}>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <StatusBadge status={job.status} />
        <span className="font-medium">{job.fileName}</span>
      </div>
      <div
        role="progressbar"
        aria-label={`Progress of ${job.fileName}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className={`h-full ${job.status === "failed" ? "bg-rose-500" : "bg-indigo-600"} transition-all`}
          style={{ width: `${percent}%` }}
        />
      </div>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-5">
        <Stat label="Progress" value={`${percent}%`} />
        <Stat
          label={`${noun[0].toUpperCase()}${noun.slice(1)} processed`}
          value={`${job.processedRows.toLocaleString("en")} / ${job.totalRows.toLocaleString("en")}`}
        />
        <Stat label="Imported" value={job.importedCount.toLocaleString("en")} />
        <Stat label="Rejected" value={job.rejectedCount.toLocaleString("en")} />
        <Stat
          label={isActive(job) ? "Rate · time left" : "Finished"}
          value={
            isActive(job) ? (
              `${Number.isFinite(rate) ? Math.round(rate).toLocaleString("en") : "—"} ${noun}/s · ${duration(left)}`
            ) : job.finishedAt ? (
              <DateTime at={job.finishedAt} />
            ) : (
              "—"
            )
          }
        />
      </dl>
      {job.status === "failed" && job.failureReason ? <p className="text-sm text-rose-700">{job.failureReason}</p> : null}
      {error ? <p className="text-xs text-amber-700">{error}</p> : null}
      {!isActive(job) && job.rejectedCount > 0 ? (
        <a className="text-sm font-medium text-indigo-700 underline" href={errorsUrl(job)} download>
          Download error report ({job.rejectedCount.toLocaleString("en")} rows)
        </a>
      ) : null}
    </div>
  );
}

function Stat({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="tabular-nums">{value}</dd>
    </div>
  );
}
