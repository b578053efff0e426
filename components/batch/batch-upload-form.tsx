"use client";
// Starts a batch run: a file of carts (CSV rows or JSON lines, contract §8) and the drafts to compare with
// live. The file streams to the REST route (which accepts the console session), so 100 MB never passes
// through a server action; then the run's page follows its progress.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/page-header";
import type { DraftChoice } from "@/lib/batch/list-draft-choices";

type ErrorBody = { message?: string; causes?: { field?: string; message: string }[] };

export function BatchUploadForm({ drafts }: { drafts: DraftChoice[] }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("import");
    if (!(file instanceof File) || file.size === 0) {
      setError("Choose a file of carts first.");
      return;
    }
    const chosen = form.getAll("draft").map((value) => {
      const [kind, id, number] = String(value).split(":");
      return { kind, id, number: Number(number) };
    });
    const body = new FormData();
    body.append("drafts", JSON.stringify(chosen));
    body.append("import", file, file.name);
    setPending(true);
    setError(null);
    try {
      const response = await fetch("/api/v1/batch-runs", { method: "POST", body });
      const answer = (await response.json()) as { batchRun?: { id: string } } & ErrorBody;
      if (!response.ok || !answer.batchRun) {
        setError(answer.causes?.[0]?.message ?? answer.message ?? `The upload failed (${response.status})`);
        return;
      }
      router.push(`/batch/${answer.batchRun.id}`);
    } catch (e) {
      setError(`The upload failed: ${(e as Error).message}`);
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-4" aria-label="New batch run">
      <div>
        <label htmlFor="batch-file" className="block text-sm font-medium text-slate-700">
          File of carts
        </label>
        <input
          id="batch-file"
          name="import"
          type="file"
          accept=".csv,.jsonl,.ndjson,.txt,text/csv,application/x-ndjson"
          className="mt-1 text-sm"
        />
        <p className="mt-1 text-xs text-slate-500">
          CSV with a header, one row per cart line:{" "}
          <code>cart_id,product_id,quantity,price[,currency,store_id,customer_id,channel,coupon_codes,at]</code> (codes separated by{" "}
          <code>|</code>), or JSON lines of cart requests. Up to 50,000 carts / 100 MB.
        </p>
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">Drafts to compare with live</legend>
        {drafts.length === 0 ? (
          <p className="text-sm text-slate-600">No drafts yet: both sides will price against the live offers.</p>
        ) : (
          <ul className="mt-1 space-y-1">
            {drafts.map((d) => (
              <li key={`${d.kind}:${d.id}`}>
                <label className="flex items-center gap-2 text-sm">
                  <input type="checkbox" name="draft" value={`${d.kind}:${d.id}:${d.number}`} />
                  {d.label}
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Button type="submit" disabled={pending}>
        {pending ? "Uploading…" : "Run the batch"}
      </Button>
    </form>
  );
}
