"use client";
// Above a coupon or promotion list: the user's saved views (stored per user in the database), saving
// the current filters under a name, the CSV export of exactly this filtered list, and the archive.
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteViewAction, saveViewAction } from "@/app/(console)/offers/actions";
import { Button, buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { SavedView, SavedViewList } from "@/lib/offers/saved-views/list-saved-views";

export function ListTools({ list, views, archived }: { list: SavedViewList; views: SavedView[]; archived: boolean }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [name, setName] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const current = new URLSearchParams(params.toString());
  current.delete("page");
  const currentQuery = [...current].filter(([, v]) => v !== "").sort(([a], [b]) => a.localeCompare(b));
  const currentText = new URLSearchParams(currentQuery).toString();
  const active = views.find((v) => v.query === currentText);

  const save = () =>
    startTransition(async () => {
      const result = await saveViewAction({ list, name, query: currentText });
      setMessage(result.ok ? `Saved the view “${result.data.name}”.` : result.message);
      if (result.ok) {
        setName("");
        router.refresh();
      }
    });
  const remove = (view: SavedView) =>
    startTransition(async () => {
      const result = await deleteViewAction(view.id);
      setMessage(result.ok ? `Deleted the view “${view.name}”.` : result.message);
      router.refresh();
    });

  const archiveParams = new URLSearchParams(current);
  if (archived) archiveParams.delete("archived");
  else archiveParams.set("archived", "true");
  return (
    <div className="mb-4 flex flex-wrap items-end justify-between gap-3 rounded-md border border-slate-200 bg-white px-3 py-2">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-slate-600">My views:</span>
        {views.length === 0 ? <span className="text-slate-500">none yet</span> : null}
        <ul className="flex flex-wrap gap-2" aria-label="Saved views">
          {views.map((view) => (
            <li
              key={view.id}
              className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 ${active?.id === view.id ? "bg-indigo-600 text-white" : "bg-slate-100 text-slate-800"}`}
            >
              <Link href={`${pathname}${view.query ? `?${view.query}` : ""}`} aria-current={active?.id === view.id ? "true" : undefined}>
                {view.name}
              </Link>
              <button
                type="button"
                aria-label={`Delete view ${view.name}`}
                className="opacity-70 hover:opacity-100"
                disabled={pending}
                onClick={() => remove(view)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <form
          className="flex items-center gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <input
            aria-label="Save these filters as"
            placeholder="Save these filters as…"
            className={`${inputClass} w-52`}
            value={name}
            maxLength={60}
            onChange={(e) => setName(e.target.value)}
          />
          <Button type="submit" variant="secondary" disabled={pending || !name.trim()}>
            Save view
          </Button>
        </form>
        {message ? (
          <span role="status" className="text-slate-600">
            {message}
          </span>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2">
        <a className={buttonClass("secondary")} href={`${pathname}/export.csv${currentText ? `?${currentText}` : ""}`} download>
          Export CSV
        </a>
        <Link className={buttonClass("ghost")} href={`${pathname}${archiveParams.size ? `?${archiveParams}` : ""}`}>
          {archived ? "Back to the list" : "Archived"}
        </Link>
      </div>
    </div>
  );
}
