"use client";
// Starts a batch run: a file of carts (CSV rows or JSON lines, contract §8), or the carts the redemption
// ledger kept for the orders of the last N days, and the drafts to compare with live. Both go to the REST
// route (which accepts the console session), so 100 MB never passes through a server action; then the
// run's page follows its progress.
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
  const [source, setSource] = useState<"file" | "ledger">("file");

  /** The request to send, or a message saying what is missing. */
  function requestOf(form: FormData): RequestInit | string {
    const chosen = form.getAll("draft").map((value) => {
      const [kind, id, number] = String(value).split(":");
      return { kind, id, number: Number(number) };
    });
    if (source === "ledger") {
      const days = Number(form.get("days"));
      return { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ source, days, drafts: chosen }) };
    }
    const file = form.get("import");
    if (!(file instanceof File) || file.size === 0) return "Choose a file of carts first.";
    const body = new FormData();
    body.append("drafts", JSON.stringify(chosen));
    body.append("import", file, file.name);
    return { method: "POST", body };
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const init = requestOf(new FormData(event.currentTarget));
    if (typeof init === "string") {
      setError(init);
      return;
    }
    setPending(true);
    setError(null);
    try {
      const response = await fetch("/api/v1/batch-runs", init);
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
      <fieldset className="flex flex-wrap gap-4 text-sm">
        <legend className="mb-1 font-medium text-slate-700">Carts</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="source" value="file" checked={source === "file"} onChange={() => setSource("file")} />
          From a file
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="source" value="ledger" checked={source === "ledger"} onChange={() => setSource("ledger")} />
          The carts of the last N days (redemption ledger)
        </label>
      </fieldset>
      {source === "ledger" ? (
        <div>
          <label htmlFor="batch-days" className="block text-sm font-medium text-slate-700">
            Days
          </label>
          <input
            id="batch-days"
            name="days"
            type="number"
            min={1}
            max={90}
            step={1}
            defaultValue={7}
            className="mt-1 w-24 rounded border px-2 py-1 text-sm"
          />
          <p className="mt-1 text-xs text-slate-500">
            The carts of the orders redeemed in the last 1–90 days whose redemption carried the cart (newest 50,000 at most).
          </p>
        </div>
      ) : (
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
      )}
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
        {pending ? (source === "file" ? "Uploading…" : "Starting…") : "Run the batch"}
      </Button>
    </form>
  );
}
