"use client";
// Shown when a save lost the race (409 version_mismatch): someone saved this object after the form
// was opened, so nothing was saved. Reloading shows their version to re-apply the change on.
import { Button } from "@/components/ui/button";

export function VersionConflict({ what }: { what: string }) {
  return (
    <div role="alert" className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 md:col-span-2">
      <p className="font-semibold">Someone else saved this {what} after you opened it. Your changes were not saved.</p>
      <Button type="button" onClick={() => window.location.reload()}>
        Reload their version
      </Button>
      <p className="text-xs">Reloading replaces your unsaved edits with their version; re-apply your change and save again.</p>
    </div>
  );
}
