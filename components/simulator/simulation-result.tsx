// The priced cart: lines with their discounts in the order applied, totals, refused codes and the trace.
import { Badge, Card } from "@/components/ui/page-header";
import type { OfferRemaining } from "@/lib/limits/remaining";
import { formatMajor, formatMinor } from "@/lib/money/currency";
import type { DiscountedCart } from "@/lib/pricing";
import type { LineExplanation, LineNote } from "@/lib/pricing/explain-lines";

const NOTE_TONES: Partial<Record<LineNote["reason"], "slate" | "amber" | "rose">> = {
  excluded: "rose",
  filter_not_matched: "slate",
  applied_elsewhere: "slate",
};
const NOTE_LABELS: Partial<Record<LineNote["reason"], string>> = {
  excluded: "Excluded",
  no_price: "No price",
  filter_not_matched: "Filter did not match",
  applied_elsewhere: "Applied elsewhere",
  not_applicable: "Not applicable",
};

/** Why a line got nothing: one row per offer, the closest misses (not the filter mismatches) first. */
function WhyNot({ notes }: { notes: LineNote[] }) {
  if (notes.length === 0) return <span className="text-slate-500">No promotion or coupon covers this product.</span>;
  const sorted = [...notes].sort((a, b) => Number(a.reason === "filter_not_matched") - Number(b.reason === "filter_not_matched"));
  const shown = sorted.slice(0, 3);
  const rest = sorted.slice(3);
  const row = (note: LineNote, i: number) => (
    <li key={`${note.offerId}-${note.couponCode ?? ""}-${i}`} className="text-xs text-slate-700">
      <Badge tone={NOTE_TONES[note.reason] ?? "amber"}>{NOTE_LABELS[note.reason] ?? "Not applied"}</Badge> {note.message}
    </li>
  );
  return (
    <div data-testid="why-not">
      <p className="text-xs font-medium text-slate-500">Not discounted:</p>
      <ul className="space-y-1">{shown.map(row)}</ul>
      {rest.length ? (
        <details className="mt-1 text-xs">
          <summary className="cursor-pointer text-indigo-700">{rest.length} more</summary>
          <ul className="mt-1 space-y-1">{rest.map(row)}</ul>
        </details>
      ) : null}
    </div>
  );
}

const KIND_LABELS: Record<string, string> = {
  CartLevelPercentage: "Cart %",
  CartLevelFixed: "Cart amount",
  ProductLevelPercentage: "Product %",
  ProductLevelFixed: "Product amount",
  BogoPercentage: "Buy X get Y %",
  BogoFixed: "Buy X get Y amount",
  BundlePercentage: "Bundle %",
  BundleFixed: "Bundle amount",
  FreeShipping: "Free shipping",
  ShippingPercentage: "Shipping %",
  ShippingFixed: "Shipping amount",
};

/** "2 of 3 uses left this week · 1 of 1 for this customer · €12.50 of €50.00 budget left". */
function describeRemaining(left: OfferRemaining | undefined): string {
  if (!left) return "No limit";
  const parts = [
    left.uses ? `${left.uses.remaining} of ${left.uses.cap} uses left` : null,
    left.perCustomer ? `${left.perCustomer.remaining} of ${left.perCustomer.cap} for this customer` : null,
    left.budget
      ? `${formatMinor(left.budget.remainingMinor, left.budget.currency)} of ${formatMinor(left.budget.capMinor, left.budget.currency)} budget left`
      : null,
  ].filter(Boolean);
  return parts.length ? `${parts.join(" · ")} (${left.windowLabel})` : "No limit in this currency";
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function SimulationResult({
  cart,
  lines = [],
  productNames = {},
  legacyCodes = [],
  remaining = {},
}: {
  cart: DiscountedCart;
  lines?: LineExplanation[];
  productNames?: Record<string, string>;
  /** Codes that are legacy v0 coupons: labelled so, beside v1 coupons. */
  legacyCodes?: string[];
  /** Per limited offer of the trace: its remaining uses and budget (usage read at most 1 s ago). */
  remaining?: Record<string, OfferRemaining>;
}) {
  const fmt = (value: number) => formatMajor(value, cart.currency, "en");
  const couponLabel = (code: string | undefined) =>
    `${code !== undefined && legacyCodes.includes(code) ? "legacy coupon" : "coupon"}${code ? ` ${code}` : ""}`;
  return (
    <div className="space-y-6" data-testid="simulation-result">
      <Card title="Discounted cart">
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Cart lines after discounts">
          <table className="min-w-full text-sm">
            <caption className="sr-only">Cart lines after discounts</caption>
            <thead className="text-left text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">
                  Product
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">
                  Qty
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">
                  Original
                </th>
                <th scope="col" className="py-2 pr-3 font-medium">
                  Discounts (in order applied)
                </th>
                <th scope="col" className="py-2 text-right font-medium">
                  Final
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {cart.items.map((item, i) => (
                <tr key={item.id ?? i} data-testid={`result-line-${item.productId}`}>
                  <td className="py-2 pr-3">
                    <span className="font-mono text-xs">{item.productId}</span>
                    {productNames[item.productId] ? (
                      <span className="block text-xs text-slate-500">{productNames[item.productId]}</span>
                    ) : null}
                  </td>
                  <td className="py-2 pr-3 text-right">{item.quantity}</td>
                  <td className="py-2 pr-3 text-right">{fmt(item.price * item.quantity)}</td>
                  <td className="py-2 pr-3">
                    {item.discounts.length === 0 ? (
                      <WhyNot notes={lines[i]?.notes ?? []} />
                    ) : (
                      <ol className="space-y-1">
                        {item.discounts.map((d, j) => (
                          <li key={j} className="flex flex-wrap items-center gap-2">
                            <span>{d.name}</span>
                            <Badge tone={d.source === "coupon" ? "indigo" : "green"}>
                              {d.source === "coupon" ? capitalize(couponLabel(d.couponCode)) : "Automatic"}
                            </Badge>
                            <span className="text-xs text-slate-500">{KIND_LABELS[d.kind] ?? d.kind}</span>
                            <span className="font-medium text-emerald-700">−{fmt(d.amount)}</span>
                          </li>
                        ))}
                      </ol>
                    )}
                  </td>
                  <td className="py-2 text-right font-medium">{fmt(item.finalPrice)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <dl className="mt-4 grid max-w-sm grid-cols-2 gap-1 text-sm" data-testid="cart-totals">
          <dt className="text-slate-600">Subtotal</dt>
          <dd className="text-right">{fmt(cart.totals.subtotal)}</dd>
          <dt className="text-slate-600">Discount</dt>
          <dd className="text-right text-emerald-700" data-testid="total-discount">
            −{fmt(cart.totals.discount)}
          </dd>
          <dt className="text-slate-600">Shipping</dt>
          <dd className="text-right">
            {fmt(cart.totals.shipping)}
            {cart.shippingDiscounts.length ? ` (${cart.shippingDiscounts.map((d) => d.name).join(", ")})` : ""}
          </dd>
          <dt className="font-semibold">Total</dt>
          <dd className="text-right font-semibold" data-testid="cart-total">
            {fmt(cart.totals.total)}
          </dd>
        </dl>
      </Card>

      {cart.rejectedCouponCodes.length > 0 ? (
        <Card title="Codes not applied">
          <ul className="space-y-2 text-sm" data-testid="rejected-codes">
            {cart.rejectedCouponCodes.map((r) => (
              <li key={r.code} className="flex flex-wrap items-center gap-2">
                <code className="font-mono">{r.code}</code>
                <Badge tone="rose">Discount forbidden</Badge>
                <span>{r.message}</span>
                <span className="text-xs text-slate-500">({r.reason})</span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      <Card title="Why each offer did or did not apply">
        {cart.trace.length === 0 ? (
          <p className="text-sm text-slate-500">No automatic promotion or coupon touches this cart.</p>
        ) : (
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Trace">
            <table className="min-w-full text-sm" data-testid="trace">
              <caption className="sr-only">Trace of every offer considered</caption>
              <thead className="text-left text-slate-600">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Offer
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Kind
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Outcome
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right font-medium">
                    Saving
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    Remaining
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {cart.trace.map((t, i) => (
                  <tr key={i}>
                    <td className="py-2 pr-3">
                      {t.name || t.couponCode}{" "}
                      <span className="text-xs text-slate-500">{t.source === "coupon" ? couponLabel(t.couponCode) : "automatic"}</span>
                    </td>
                    <td className="py-2 pr-3 text-xs">{t.kind ? (KIND_LABELS[t.kind] ?? t.kind) : "—"}</td>
                    <td className="py-2 pr-3">
                      {t.status === "applied" ? <Badge tone="green">Applied</Badge> : <Badge tone="amber">Not applied</Badge>}{" "}
                      <span className="text-slate-700">{t.message ?? t.reason ?? ""}</span>
                    </td>
                    <td className="py-2 pr-3 text-right">{t.amount ? fmt(t.amount) : "—"}</td>
                    <td className="py-2 text-xs text-slate-700" data-testid={`remaining-${t.id}`}>
                      {describeRemaining(remaining[t.id])}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
