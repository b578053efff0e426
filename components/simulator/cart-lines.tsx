"use client";
// The simulator's "Cart" card: a product search over the tenant's catalog (priced in the chosen price
// book) and the editable cart lines. Lines stay strings while typed; the form turns them into numbers
// only when the cart is applied. The form's transition is passed in so that one `pending` disables the
// search, the currency switch and "Apply discounts" together.
import { useState, type TransitionStartFunction } from "react";
import { searchProductsAction } from "@/app/(console)/simulator/actions";
import { Button } from "@/components/ui/button";
import { Field, Select, inputClass } from "@/components/ui/field";
import { Card } from "@/components/ui/page-header";
import type { SimulatorProduct } from "@/lib/carts/search-simulator-products";
import type { CartItemInput } from "@/lib/pricing";

export type CartLine = { productId: string; quantity: string; price: string; categories: string[]; attributes?: Record<string, string> };

export const toCartLine = (item: CartItemInput): CartLine => ({
  productId: item.productId,
  quantity: String(item.quantity),
  price: String(item.price),
  categories: item.categories ?? [],
  attributes: item.attributes,
});

export function toCartItems(lines: CartLine[]) {
  return lines.map((l) => ({
    productId: l.productId.trim(),
    quantity: Number(l.quantity),
    price: Number(l.price),
    ...(l.categories.length ? { categories: l.categories } : {}),
    ...(l.attributes ? { attributes: l.attributes } : {}),
  }));
}

type Props = {
  currency: string;
  currencies: string[];
  onCurrencyChange: (next: string) => void;
  lines: CartLine[];
  setLines: (update: (current: CartLine[]) => CartLine[]) => void;
  pending: boolean;
  startTransition: TransitionStartFunction;
};

export function CartLinesCard({ currency, currencies, onCurrencyChange, lines, setLines, pending, startTransition }: Props) {
  const [query, setQuery] = useState("");
  // Results are kept with the price book they were priced in: switching the currency hides them.
  const [found, setFound] = useState<{ currency: string; products: SimulatorProduct[] }>({ currency, products: [] });
  const [searchError, setSearchError] = useState<string | null>(null);
  const shown = found.currency === currency ? found.products : [];

  const search = () =>
    startTransition(async () => {
      const result = await searchProductsAction(query, currency);
      if (result.ok) {
        setFound({ currency, products: result.data });
        setSearchError(result.data.length ? null : "No product matches.");
      } else setSearchError(result.message);
    });

  const addLine = (line: CartLine) => setLines((current) => [...current, line]);
  const updateLine = (index: number, change: Partial<CartLine>) =>
    setLines((current) => current.map((l, i) => (i === index ? { ...l, ...change } : l)));

  return (
    <Card title="Cart">
      <div className="grid gap-4 md:grid-cols-3">
        <Field id="sim-currency" label="Price book currency">
          <Select id="sim-currency" value={currency} disabled={pending} onChange={(e) => onCurrencyChange(e.target.value)}>
            {currencies.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </Select>
        </Field>
        <div className="md:col-span-2">
          <label htmlFor="sim-search" className="block text-sm font-medium text-slate-700">
            Find a product
          </label>
          <div className="mt-1 flex gap-2">
            <input
              id="sim-search"
              className={inputClass}
              value={query}
              placeholder="Name or SKU"
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={(e) => e.key === "Enter" && (e.preventDefault(), search())}
            />
            <Button variant="secondary" onClick={search} disabled={pending}>
              Search
            </Button>
          </div>
          {searchError ? <p className="mt-1 text-xs text-rose-600">{searchError}</p> : null}
        </div>
      </div>
      {shown.length > 0 ? (
        <ul
          className="mt-3 max-h-56 divide-y divide-slate-100 overflow-y-auto rounded border border-slate-200 text-sm"
          aria-label="Search results"
        >
          {shown.map((p) => (
            <li key={p.id} className="flex items-center justify-between gap-3 px-3 py-2">
              <span>
                <span className="font-mono text-xs">{p.id}</span> {p.name}{" "}
                <span className="text-slate-500">{p.price === null ? `no ${currency} price` : `${p.price} ${currency}`}</span>
              </span>
              <Button
                variant="ghost"
                aria-label={`Add ${p.id}`}
                onClick={() =>
                  addLine({
                    productId: p.id,
                    quantity: "1",
                    price: String(p.price ?? 0),
                    categories: p.categories,
                    attributes: p.attributes,
                  })
                }
              >
                Add
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <table className="mt-4 min-w-full text-sm">
        <caption className="sr-only">Cart lines</caption>
        <thead className="text-left text-slate-600">
          <tr>
            <th scope="col" className="py-1 pr-2 font-medium">
              Product id
            </th>
            <th scope="col" className="py-1 pr-2 font-medium">
              Quantity
            </th>
            <th scope="col" className="py-1 pr-2 font-medium">
              Unit price ({currency})
            </th>
            <th scope="col">
              <span className="sr-only">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, i) => (
            <tr key={i}>
              <td className="py-1 pr-2">
                <input
                  aria-label={`Product id of line ${i + 1}`}
                  className={inputClass}
                  value={line.productId}
                  onChange={(e) => updateLine(i, { productId: e.target.value })}
                />
              </td>
              <td className="py-1 pr-2">
                <input
                  aria-label={`Quantity of line ${i + 1}`}
                  type="number"
                  min={1}
                  className={inputClass}
                  value={line.quantity}
                  onChange={(e) => updateLine(i, { quantity: e.target.value })}
                />
              </td>
              <td className="py-1 pr-2">
                <input
                  aria-label={`Unit price of line ${i + 1}`}
                  type="number"
                  min={0}
                  step="any"
                  className={inputClass}
                  value={line.price}
                  onChange={(e) => updateLine(i, { price: e.target.value })}
                />
              </td>
              <td className="py-1">
                <Button
                  variant="ghost"
                  aria-label={`Remove line ${i + 1}`}
                  onClick={() => setLines((current) => current.filter((_, j) => j !== i))}
                >
                  ✕
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Button variant="secondary" className="mt-2" onClick={() => addLine({ productId: "", quantity: "1", price: "0", categories: [] })}>
        Add a free-form line
      </Button>
    </Card>
  );
}
