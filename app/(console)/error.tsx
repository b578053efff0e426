"use client";
// An unexpected failure while rendering a console page: say so plainly, offer a retry, and show the
// digest the server logged with the error so support can find it.
import { useEffect } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";

export default function ConsoleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <>
      <PageHeader
        title="Something went wrong"
        description="The page could not be shown. Nothing you saved is lost; try again, and if it keeps happening, send us the reference below."
      />
      {error.digest ? (
        <p className="mb-4 text-sm text-slate-600">
          Reference: <code className="font-mono">{error.digest}</code>
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button onClick={reset}>Try again</Button>
        <ButtonLink href="/dashboard" variant="secondary">
          Go to the dashboard
        </ButtonLink>
      </div>
    </>
  );
}
