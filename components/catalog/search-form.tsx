// The filter bar above a catalog list: a plain GET form, so filters live in the URL like paging and sorting.
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";

type Props = {
  label: string;
  q?: string;
  placeholder: string;
  /** Extra filter controls (named inputs or selects). */
  children?: ReactNode;
  /** Kept across searches (e.g. sort and count). */
  keep?: Record<string, string | undefined>;
};

export function SearchForm({ label, q, placeholder, children, keep = {} }: Props) {
  return (
    <form method="get" role="search" aria-label={label} className="mb-4 flex flex-wrap items-end gap-3">
      <label className="text-sm">
        <span className="mb-1 block text-slate-600">Search</span>
        <input type="search" name="q" defaultValue={q ?? ""} placeholder={placeholder} className={`${inputClass} w-72`} />
      </label>
      {children}
      {Object.entries(keep).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <button type="submit" className={buttonClass("secondary")}>
        Search
      </button>
    </form>
  );
}
