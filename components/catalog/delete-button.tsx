"use client";
// Delete with confirmation; a refusal (e.g. a store group that still has stores) is shown, not swallowed.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/run-action";

type Props = {
  label: string;
  confirmText: string;
  action: () => Promise<ActionResult<unknown>>;
  /** Where to go afterwards (from a detail page); stays and refreshes when absent. */
  redirectTo?: string;
  variant?: "danger" | "ghost";
};

export function DeleteButton({ label, confirmText, action, redirectTo, variant = "ghost" }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <Button
        variant={variant}
        disabled={pending}
        aria-label={label}
        onClick={() => {
          if (!window.confirm(confirmText)) return;
          setError(null);
          startTransition(async () => {
            const result = await action();
            if (!result.ok) {
              setError(result.message);
              return;
            }
            if (redirectTo) router.push(redirectTo);
            else router.refresh();
          });
        }}
      >
        {pending ? "Deleting…" : "Delete"}
      </Button>
      {error ? (
        <span role="alert" className="max-w-xs text-right text-xs font-medium text-rose-600">
          {error}
        </span>
      ) : null}
    </span>
  );
}
