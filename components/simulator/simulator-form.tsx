"use client";
// Builds the cart to simulate. "Apply discounts" writes the cart into the URL; the page prices it on
// the server with the same service as POST /api/v1/promotions/cart. Switching the currency re-prices
// the lines from the catalog's price book and prices the cart again; "Copy link" shares it. Checked
// drafts go into the URL beside the cart.
import { usePathname, useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { priceLinesAction, searchProductsAction } from "@/app/(console)/simulator/actions";
import { DraftPicker } from "@/components/simulator/draft-picker";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, inputClass } from "@/components/ui/field";
import { Card } from "@/components/ui/page-header";
import type { DraftChoice } from "@/lib/batch/list-draft-choices";
import { instantToLocalInput, localInputToInstant, simulatorHref } from "@/lib/carts/simulation-url";
import type { SimulatorProduct } from "@/lib/carts/search-simulator-products";
import { KNOWN_CHANNELS } from "@/lib/offers/channels";
import type { CartItemInput, CartRequest } from "@/lib/pricing";

type Store = { id: string; name: string; timeZone: string | null };
type Props = {
  initial: Partial<CartRequest>;
  stores: Store[];
  currencies: string[];
  tenantTimeZone: string;
  draftChoices: DraftChoice[];
  initialDrafts: DraftChoice[];
};
type Line = { productId: string; quantity: string; price: string; categories: string[]; attributes?: Record<string, string> };

const toLine = (item: CartItemInput): Line => ({
  productId: item.productId,
  quantity: String(item.quantity),
  price: String(item.price),
  categories: item.categories ?? [],
  attributes: item.attributes,
});

export function SimulatorForm({ initial, stores, currencies, tenantTimeZone, draftChoices, initialDrafts }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const [currency, setCurrency] = useState(initial.currency ?? currencies[0] ?? "EUR");
  const [storeId, setStoreId] = useState(initial.storeId ?? "");
  const [channelType, setChannelType] = useState(initial.channelType ?? "store");
  const [customerId, setCustomerId] = useState(initial.customerId ?? "");
  const [segments, setSegments] = useState((initial.customerSegments ?? []).map((s) => `${s.key}=${s.value}`).join("\n"));
  const [codes, setCodes] = useState((initial.couponCodes ?? []).join("\n"));
  const zone = stores.find((s) => s.id === storeId)?.timeZone ?? tenantTimeZone;
  const [atLocal, setAtLocal] = useState(initial.at ? instantToLocalInput(initial.at, zone) : "");
  const [lines, setLines] = useState<Line[]>((initial.items ?? []).map(toLine));
  const [shippingPrice, setShippingPrice] = useState(initial.shipping ? String(initial.shipping.price) : "");
  const [shippingMethod, setShippingMethod] = useState(initial.shipping?.method ?? "");
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<SimulatorProduct[]>([]);
  const [searchError, setSearchError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [copied, setCopied] = useState<"copied" | "failed" | null>(null);
  const [drafts, setDrafts] = useState<DraftChoice[]>(initialDrafts);

  const search = () =>
    startTransition(async () => {
      const result = await searchProductsAction(query, currency);
      if (result.ok) {
        setFound(result.data);
        setSearchError(result.data.length ? null : "No product matches.");
      } else setSearchError(result.message);
    });

  const addLine = (line: Line) => setLines((current) => [...current, line]);
  const updateLine = (index: number, change: Partial<Line>) =>
    setLines((current) => current.map((l, i) => (i === index ? { ...l, ...change } : l)));

  const apply = (over: { currency?: string; lines?: Line[] } = {}) => {
    const request: Record<string, unknown> = {
      currency: over.currency ?? currency,
      channelType,
      items: (over.lines ?? lines).map((l) => ({
        productId: l.productId.trim(),
        quantity: Number(l.quantity),
        price: Number(l.price),
        ...(l.categories.length ? { categories: l.categories } : {}),
        ...(l.attributes ? { attributes: l.attributes } : {}),
      })),
    };
    if (storeId) request.storeId = storeId;
    if (customerId.trim()) request.customerId = customerId.trim();
    const segmentList = segments
      .split("\n")
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => ({ key: s.split("=")[0].trim(), value: s.split("=").slice(1).join("=").trim() }));
    if (segmentList.length) request.customerSegments = segmentList;
    const codeList = codes
      .split(/[\s,]+/)
      .map((c) => c.trim())
      .filter(Boolean);
    if (codeList.length) request.couponCodes = codeList;
    const at = atLocal ? localInputToInstant(atLocal, zone) : undefined;
    if (at) request.at = at;
    if (shippingPrice.trim())
      request.shipping = { price: Number(shippingPrice), ...(shippingMethod.trim() ? { method: shippingMethod.trim() } : {}) };
    router.push(simulatorHref(request, drafts).replace(/^\/simulator/, pathname));
  };

  /** A new price book: each catalog line takes its price there, and the cart is priced again. */
  const switchCurrency = (next: string) =>
    startTransition(async () => {
      setCurrency(next);
      setFound([]);
      const ids = lines.map((l) => l.productId.trim()).filter(Boolean);
      if (ids.length === 0) return;
      const result = await priceLinesAction(ids, next);
      if (!result.ok) {
        setNotice(result.message);
        return;
      }
      const unpriced = ids.filter((id) => result.data[id] === null);
      const repriced = lines.map((l) => {
        const price = result.data[l.productId.trim()];
        return typeof price === "number" ? { ...l, price: String(price) } : l;
      });
      setLines(repriced);
      if (unpriced.length) {
        setNotice(
          `No ${next} price in the catalog for ${unpriced.join(", ")}: type a ${next} price for ${unpriced.length === 1 ? "that line" : "those lines"}, then apply.`,
        );
        return;
      }
      setNotice(null);
      apply({ currency: next, lines: repriced });
    });

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  };

  return (
    <div className="space-y-6">
      <Card title="Cart">
        <div className="grid gap-4 md:grid-cols-3">
          <Field id="sim-currency" label="Price book currency">
            <Select id="sim-currency" value={currency} disabled={pending} onChange={(e) => switchCurrency(e.target.value)}>
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
        {found.length > 0 ? (
          <ul
            className="mt-3 max-h-56 divide-y divide-slate-100 overflow-y-auto rounded border border-slate-200 text-sm"
            aria-label="Search results"
          >
            {found.map((p) => (
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

      <Card title="Context">
        <div className="grid gap-4 md:grid-cols-3">
          <Field id="sim-store" label="Store">
            <Select id="sim-store" value={storeId} onChange={(e) => setStoreId(e.target.value)}>
              <option value="">No store (web)</option>
              {stores.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({s.timeZone ?? `tenant zone ${tenantTimeZone}`})
                </option>
              ))}
            </Select>
          </Field>
          <Field id="sim-channel" label="Channel">
            <Select id="sim-channel" value={channelType} onChange={(e) => setChannelType(e.target.value)}>
              {KNOWN_CHANNELS.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="sim-at" label="Simulate at" hint={`Local time in ${zone}; empty means now.`}>
            <Input id="sim-at" type="datetime-local" value={atLocal} onChange={(e) => setAtLocal(e.target.value)} />
          </Field>
          <Field id="sim-customer" label="Customer id" hint="Optional; their segments are used unless you list some.">
            <Input id="sim-customer" value={customerId} onChange={(e) => setCustomerId(e.target.value)} />
          </Field>
          <Field id="sim-segments" label="Customer segments" hint="One key=value per line, e.g. type=gold member.">
            <textarea id="sim-segments" rows={2} className={inputClass} value={segments} onChange={(e) => setSegments(e.target.value)} />
          </Field>
          <Field id="sim-codes" label="Coupon codes" hint="One per line or comma separated; none tests automatic promotions only.">
            <textarea id="sim-codes" rows={2} className={inputClass} value={codes} onChange={(e) => setCodes(e.target.value)} />
          </Field>
          <Field id="sim-shipping" label={`Shipping price (${currency})`}>
            <Input
              id="sim-shipping"
              type="number"
              min={0}
              step="any"
              value={shippingPrice}
              onChange={(e) => setShippingPrice(e.target.value)}
            />
          </Field>
          <Field id="sim-shipping-method" label="Shipping method">
            <Input id="sim-shipping-method" value={shippingMethod} onChange={(e) => setShippingMethod(e.target.value)} />
          </Field>
        </div>
      </Card>
      <DraftPicker choices={draftChoices} selected={drafts} onChange={setDrafts} />
      {notice ? (
        <p role="status" className="text-sm text-amber-800">
          {notice}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={() => apply()} disabled={pending}>
          Apply discounts
        </Button>
        <Button variant="secondary" onClick={() => router.push(pathname)}>
          Start over
        </Button>
        {initial.items?.length ? (
          <Button variant="secondary" onClick={copyLink}>
            Copy link
          </Button>
        ) : null}
        <span role="status" className="text-sm text-slate-600">
          {copied === "copied"
            ? "Link copied: anyone in your team can open this simulation."
            : copied === "failed"
              ? "Copying failed: copy the address from the address bar."
              : ""}
        </span>
      </div>
    </div>
  );
}
