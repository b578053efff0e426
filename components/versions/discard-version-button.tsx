"use client";
// Discards a draft or a scheduled version (a scheduled one then does not go live).
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { discardVersionAction } from "@/app/(console)/offers/version-actions";
import { Button } from "@/components/ui/button";
import type { VersionKind } from "@/lib/versions/kinds";

export function DiscardVersionButton({ kind, offerId, number }: { kind: VersionKind; offerId: string; number: number }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const discard = () => {
    if (!window.confirm(`Discard version ${number}? It will not go live.`)) return;
    startTransition(async () => {
      const result = await discardVersionAction(kind, offerId, number);
      if (result.ok) router.refresh();
      else window.alert(result.message);
    });
  };
  return (
    <Button variant="ghost" onClick={discard} disabled={pending}>
      Discard
    </Button>
  );
}
