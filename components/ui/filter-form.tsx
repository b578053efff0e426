// The filter bar above a console list: a plain GET form, so the filters live in the URL (bookmarkable,
// paged and sorted like the rest of the list), with one labelled control per filter and "Apply filters".
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";

type FormProps = {
  label: string;
  /** "row": the controls wrap on one line; "grid": columns, for a long list of filters. */
  layout?: "row" | "grid";
  children: ReactNode;
};

export function FilterForm({ label, layout = "row", children }: FormProps) {
  const submit = (
    <button type="submit" className={buttonClass("secondary")}>
      Apply filters
    </button>
  );
  return layout === "grid" ? (
    <form method="get" className="mb-4 grid gap-3 md:grid-cols-4 xl:grid-cols-6" aria-label={label}>
      {children}
      <div className="flex items-end">{submit}</div>
    </form>
  ) : (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label={label}>
      {children}
      {submit}
    </form>
  );
}

function FilterLabel({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="text-sm">
      <span className="mb-1 block text-slate-600">{label}</span>
      {children}
    </label>
  );
}

/** A text (or date) filter; an empty value leaves the filter out. */
export function TextFilter({
  label,
  name,
  value,
  type = "text",
  placeholder,
}: {
  label: string;
  name: string;
  value?: string;
  type?: string;
  /** What the filter takes, when the label alone does not say (say "comma separated"). */
  placeholder?: string;
}) {
  return (
    <FilterLabel label={label}>
      <input name={name} type={type} defaultValue={value ?? ""} className={inputClass} placeholder={placeholder} />
    </FilterLabel>
  );
}

/** A choice among `options`, after "Any" (no filter). */
export function SelectFilter({
  label,
  name,
  value,
  options,
}: {
  label: string;
  name: string;
  value?: string;
  options: readonly (string | { value: string; label: string })[];
}) {
  return (
    <FilterLabel label={label}>
      <select name={name} defaultValue={value ?? ""} className={inputClass}>
        <option value="">Any</option>
        {options.map((o) => {
          const option = typeof o === "string" ? { value: o, label: o } : o;
          return (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          );
        })}
      </select>
    </FilterLabel>
  );
}
