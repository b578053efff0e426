"use client";
// Live progress of a batch run: polls GET /api/v1/batch-runs/{id} until the run ends, then refreshes the
// page so the results render on the server.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { BatchRunView } from "@/lib/batch/schemas";

const POLL_MS = 700;

export function BatchProgress({ initial }: { initial: BatchRunView }) {
  const router = useRouter();
  const [run, setRun] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const active = run.status === "queued" || run.status === "running";

  useEffect(() => {
    if (!active) return;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/v1/batch-runs/${encodeURIComponent(run.id)}`, { cache: "no-store" });
        if (!response.ok) throw new Error(`status ${response.status}`);
        const next = ((await response.json()) as { batchRun: BatchRunView }).batchRun;
        setError(null);
        setRun(next);
        if (next.status !== "queued" && next.status !== "running") router.refresh();
      } catch (e) {
        setError(`Could not refresh the progress (${(e as Error).message}); retrying…`);
        setRun((r) => ({ ...r }));
      }
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [run, active, router]);

  const percent = Math.floor(run.progress * 100);
  return (
    <div className="space-y-2" aria-live="polite">
      <div
        role="progressbar"
        aria-label="Batch run progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-3 w-full overflow-hidden rounded bg-slate-200"
      >
        <div className="h-full bg-indigo-600 transition-all" style={{ width: `${percent}%` }} />
      </div>
      <p className="text-sm text-slate-600">
        {run.status === "queued"
          ? "Queued…"
          : run.totalCarts
            ? `${run.pricedCarts.toLocaleString("en")} of ${run.totalCarts.toLocaleString("en")} carts priced (${percent} %)`
            : "Reading the file…"}
      </p>
      {error ? <p className="text-xs text-amber-700">{error}</p> : null}
    </div>
  );
}
