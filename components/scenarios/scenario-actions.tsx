"use client";
// The Scenarios page's buttons: run every scenario now, re-pin one (accept its new result), delete one.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteScenarioAction, repinScenarioAction, runScenariosAction } from "@/app/(console)/scenarios/actions";
import { Button } from "@/components/ui/button";

export function RunAllButton() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [text, setText] = useState<string | null>(null);
  return (
    <span className="flex items-center gap-3">
      {text ? <span className="text-sm text-slate-600">{text}</span> : null}
      <Button
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await runScenariosAction();
            setText(result.ok ? `Ran ${result.data.total}: ${result.data.failed} failed.` : result.message);
            router.refresh();
          })
        }
      >
        {pending ? "Running…" : "Run all now"}
      </Button>
    </span>
  );
}

export function ScenarioRowActions({ id, name, failed, canWrite }: { id: string; name: string; failed: boolean; canWrite: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  if (!canWrite) return null;
  const run = (action: () => Promise<{ ok: boolean; message?: string }>) =>
    startTransition(async () => {
      const result = await action();
      if (!result.ok) setError(result.message ?? "Failed");
      router.refresh();
    });
  return (
    <span className="flex flex-wrap justify-end gap-2">
      {failed ? (
        <Button variant="secondary" disabled={pending} onClick={() => run(() => repinScenarioAction(id))} aria-label={`Re-pin ${name}`}>
          Accept new result
        </Button>
      ) : null}
      <Button
        variant="ghost"
        disabled={pending}
        aria-label={`Delete ${name}`}
        onClick={() => {
          if (window.confirm(`Delete the scenario “${name}”?`)) run(() => deleteScenarioAction(id));
        }}
      >
        Delete
      </Button>
      {error ? <span className="text-xs text-rose-700">{error}</span> : null}
    </span>
  );
}
