"use client";
// Edits one ProductFilter (products, categories, attributes) inside the offer form: a product search
// against the catalog, a category picker fed by the catalog's categories, and attribute rows.
import { useEffect, useId, useState, useTransition } from "react";
import { Controller, get, useFormContext } from "react-hook-form";
import { searchProductsAction } from "@/app/(console)/offers/picker-actions";
import { collectMessages } from "@/components/offers/form-errors";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { ProductFilter } from "@/lib/offers/category-schema";
import type { ProductOption } from "@/lib/offers/pickers/search-products";

type Filter = Partial<ProductFilter>;

export function Chip({ label, onRemove, disabled }: { label: string; onRemove: () => void; disabled: boolean }) {
  return (
    <span className="inline-flex items-center gap-1 rounded-full bg-slate-100 px-2 py-0.5 text-xs">
      <code>{label}</code>
      {disabled ? null : (
        <button type="button" aria-label={`Remove ${label}`} onClick={onRemove} className="text-slate-500 hover:text-rose-600">
          ×
        </button>
      )}
    </span>
  );
}

export function ProductSearch({
  onPick,
  exclude,
  label = "Find a product",
}: {
  onPick: (id: string) => void;
  exclude: string[];
  label?: string;
}) {
  const id = useId();
  const [q, setQ] = useState("");
  const [results, setResults] = useState<ProductOption[]>([]);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    const text = q.trim();
    if (!text) return;
    const timer = setTimeout(() => {
      startTransition(async () => {
        const result = await searchProductsAction(text);
        setResults(result.ok ? result.data : []);
      });
    }, 250);
    return () => clearTimeout(timer);
  }, [q]);

  const typed = q.trim();
  const shown = typed ? results.filter((p) => !exclude.includes(p.id)).slice(0, 8) : [];
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        placeholder="Search products by id or name"
        className={inputClass}
        aria-label={label}
      />
      {typed ? (
        <ul
          className="max-h-48 overflow-auto rounded-md border border-slate-200 bg-white text-sm"
          aria-label="Matching products"
          aria-busy={pending}
        >
          {shown.map((p) => (
            <li key={p.id} className="flex items-center justify-between gap-2 px-2 py-1">
              <span>
                <code>{p.id}</code> {p.name}
              </span>
              <Button
                variant="ghost"
                className="px-2 py-0.5"
                onClick={() => {
                  onPick(p.id);
                  setQ("");
                }}
                aria-label={`Add ${p.id}`}
              >
                Add
              </Button>
            </li>
          ))}
          {!exclude.includes(typed) && !shown.some((p) => p.id === typed) && /^[A-Za-z0-9._:-]{1,64}$/.test(typed) ? (
            <li className="flex items-center justify-between gap-2 px-2 py-1 text-slate-600">
              <span>
                Use <code>{typed}</code> as typed {pending ? "" : "(not in the catalog)"}
              </span>
              <Button
                variant="ghost"
                className="px-2 py-0.5"
                onClick={() => {
                  onPick(typed);
                  setQ("");
                }}
                aria-label={`Add ${typed} as typed`}
              >
                Add
              </Button>
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}

function CategoryPicker({ categories, exclude, onPick }: { categories: string[]; exclude: string[]; onPick: (name: string) => void }) {
  const listId = useId();
  const [value, setValue] = useState("");
  const add = () => {
    const name = value.trim();
    if (name && !exclude.includes(name)) onPick(name);
    setValue("");
  };
  return (
    <div className="flex items-start gap-2">
      <input
        list={listId}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            add();
          }
        }}
        placeholder="Category"
        aria-label="Category to add"
        className={`${inputClass} min-w-0 flex-1`}
      />
      <datalist id={listId}>
        {categories
          .filter((c) => !exclude.includes(c))
          .map((c) => (
            <option key={c} value={c} />
          ))}
      </datalist>
      <Button variant="secondary" className="shrink-0 whitespace-nowrap" onClick={add}>
        Add category
      </Button>
    </div>
  );
}

export function ProductFilterField({
  name,
  legend,
  categories,
  disabled,
}: {
  name: string;
  legend: string;
  categories: string[];
  disabled: boolean;
}) {
  const { control, formState } = useFormContext();
  const messages = collectMessages(get(formState.errors, name));
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => {
        const value: Filter = field.value ?? {};
        const set = (next: Filter) => field.onChange(next);
        const ids = value.productIds ?? [];
        const cats = value.categories ?? [];
        const attrs = value.attributes ?? [];
        return (
          // A container, so the pickers sit side by side only when this box (not the window) is wide:
          // the buy/get filters share a row, and two pickers each would not fit there.
          <fieldset className="@container space-y-2 rounded-md border border-slate-200 p-3" aria-label={legend}>
            <legend className="px-1 text-sm font-medium text-slate-700">{legend}</legend>
            <div className="flex flex-wrap gap-1" aria-label={`${legend}: products`}>
              {ids.map((id) => (
                <Chip key={id} label={id} disabled={disabled} onRemove={() => set({ ...value, productIds: ids.filter((x) => x !== id) })} />
              ))}
              {cats.map((c) => (
                <Chip
                  key={`c:${c}`}
                  label={`category: ${c}`}
                  disabled={disabled}
                  onRemove={() => set({ ...value, categories: cats.filter((x) => x !== c) })}
                />
              ))}
              {ids.length + cats.length + attrs.length === 0 ? <span className="text-xs text-slate-500">Nothing selected yet.</span> : null}
            </div>
            {disabled ? null : (
              <div className="grid gap-2 @xl:grid-cols-2">
                <ProductSearch
                  exclude={ids}
                  label={`${legend}: find a product`}
                  onPick={(id) => set({ ...value, productIds: [...ids, id] })}
                />
                <CategoryPicker categories={categories} exclude={cats} onPick={(c) => set({ ...value, categories: [...cats, c] })} />
              </div>
            )}
            {attrs.map((attr, index) => (
              <div key={index} className="flex flex-wrap items-center gap-2 text-sm">
                <input
                  aria-label="Attribute key"
                  className={`${inputClass} w-40`}
                  disabled={disabled}
                  value={attr.key}
                  onChange={(e) => set({ ...value, attributes: attrs.map((a, i) => (i === index ? { ...a, key: e.target.value } : a)) })}
                />
                <span>is one of</span>
                <input
                  aria-label="Attribute values, comma separated"
                  className={`${inputClass} w-64`}
                  disabled={disabled}
                  value={attr.values.join(", ")}
                  onChange={(e) =>
                    set({
                      ...value,
                      attributes: attrs.map((a, i) =>
                        i === index
                          ? {
                              ...a,
                              values: e.target.value
                                .split(",")
                                .map((v) => v.trim())
                                .filter(Boolean),
                            }
                          : a,
                      ),
                    })
                  }
                />
                {disabled ? null : (
                  <Button variant="ghost" onClick={() => set({ ...value, attributes: attrs.filter((_, i) => i !== index) })}>
                    Remove
                  </Button>
                )}
              </div>
            ))}
            {disabled ? null : (
              <Button
                variant="ghost"
                className="text-xs"
                onClick={() => set({ ...value, attributes: [...attrs, { key: "", values: [] }] })}
              >
                + Attribute condition
              </Button>
            )}
            {messages.length ? (
              <p role="alert" className="text-xs font-medium text-rose-600">
                {messages.join(" · ")}
              </p>
            ) : null}
          </fieldset>
        );
      }}
    />
  );
}
