"use client";
// Duplicate and archive buttons of the detail page. Duplicate opens an unsaved copy in the form.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { archiveOfferAction } from "@/app/(console)/offers/actions";
import { Button, ButtonLink } from "@/components/ui/button";
import { Notice } from "@/components/ui/page-header";
import { FAMILIES, type Family } from "@/lib/offers/family";

export function OfferActions({ family, id, name }: { family: Family; id: string; name: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const info = FAMILIES[family];

  const archive = () => {
    if (
      !window.confirm(
        `Archive "${name}"? It disappears from lists and stops applying. Only offers that were never redeemed can be archived.`,
      )
    )
      return;
    startTransition(async () => {
      const result = await archiveOfferAction(family, id);
      if (result.ok) router.push(info.consolePath);
      else setError(result.message);
    });
  };

  return (
    <>
      <ButtonLink variant="secondary" href={`${info.consolePath}/new?from=${encodeURIComponent(id)}`}>
        Duplicate
      </ButtonLink>
      <Button variant="danger" disabled={pending} onClick={archive}>
        Archive
      </Button>
      {error ? (
        <div className="w-full">
          <Notice tone="error">{error}</Notice>
        </div>
      ) : null}
    </>
  );
}
