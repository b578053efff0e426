// The results of a batch run (contract §8): discount cost per side and currency, the share of carts that
// changed, each offer's cost and uses per side, the carts that changed most and the carts above the
// chosen discount share, each opening in the Cart Simulator; then the rows that did not parse.
import Link from "next/link";
import { Card } from "@/components/ui/page-header";
import type { BatchCartView, BatchErrorView, BatchRunView } from "@/lib/batch/schemas";
import { formatMajor } from "@/lib/money/currency";

const money = (value: number, currency: string) => formatMajor(value, currency, "en");
const signed = (value: number, currency: string) => (value > 0 ? `+${money(value, currency)}` : money(value, currency));

function CartTable({ carts, label }: { carts: BatchCartView[]; label: string }) {
  return (
    <table className="w-full text-left text-sm" aria-label={label}>
      <thead className="text-xs uppercase text-slate-500">
        <tr>
          <th className="py-2">Cart</th>
          <th>Line</th>
          <th className="text-right">Live discount</th>
          <th className="text-right">With drafts</th>
          <th className="text-right">Difference</th>
          <th className="text-right">Share</th>
          <th className="pl-4">Codes (with drafts)</th>
        </tr>
      </thead>
      <tbody>
        {carts.map((cart) => (
          <tr key={cart.cartId} className="border-t border-slate-100" data-testid="batch-cart-row">
            <td className="py-2">
              <Link
                href={cart.simulatorUrl}
                className="font-medium text-indigo-700 hover:underline"
                aria-label={`Open cart ${cart.cartId} in the simulator`}
              >
                {cart.cartId}
              </Link>
            </td>
            <td>{cart.line}</td>
            <td className="text-right">{money(cart.live.discount, cart.currency)}</td>
            <td className="text-right">{money(cart.draft.discount, cart.currency)}</td>
            <td className="text-right font-medium">{signed(cart.difference, cart.currency)}</td>
            <td className="text-right">{cart.discountShare.toFixed(2)} %</td>
            <td className="pl-4 text-xs text-slate-600">
              {[...cart.draft.codes.applied, ...cart.draft.codes.rejected.map((r) => `${r.code} (${r.reason})`)].join(", ") || "—"}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function BatchResults({
  run,
  topChanged,
  above,
  minShare,
  errors,
}: {
  run: BatchRunView;
  topChanged: BatchCartView[];
  above: { items: BatchCartView[]; total: number };
  minShare: number;
  errors: BatchErrorView[];
}) {
  const summary = run.summary;
  const api = `/api/v1/batch-runs/${run.id}`;
  return (
    <div className="space-y-6">
      {summary ? (
        <Card title="Discount cost">
          <p className="mb-3 text-sm" data-testid="batch-changed">
            {summary.changedCarts.toLocaleString("en")} of {summary.carts.toLocaleString("en")} carts changed (
            {(summary.changedShare * 100).toFixed(1)} %).
          </p>
          <table className="w-full text-left text-sm" aria-label="Discount cost per currency">
            <thead className="text-xs uppercase text-slate-500">
              <tr>
                <th className="py-2">Currency</th>
                <th className="text-right">Carts</th>
                <th className="text-right">Live</th>
                <th className="text-right">With drafts</th>
                <th className="text-right">Difference</th>
              </tr>
            </thead>
            <tbody>
              {summary.currencies.map((c) => (
                <tr key={c.currency} className="border-t border-slate-100">
                  <td className="py-2">{c.currency}</td>
                  <td className="text-right">{c.carts.toLocaleString("en")}</td>
                  <td className="text-right">{money(c.liveDiscount, c.currency)}</td>
                  <td className="text-right">{money(c.draftDiscount, c.currency)}</td>
                  <td className="text-right font-medium">{signed(c.difference, c.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-3 text-sm">
            <a href={`${api}/results.csv`} className="text-indigo-700 underline">
              Download the results CSV
            </a>{" "}
            <span className="text-xs text-slate-500">(one row per cart: both totals, the difference, codes applied or rejected)</span>
          </p>
        </Card>
      ) : null}
      {summary && summary.offers.length ? (
        <Card title="Per offer">
          <table className="w-full text-left text-sm" aria-label="Cost per offer">
            <thead className="text-xs uppercase text-slate-500">
              <tr>
                <th className="py-2">Offer</th>
                <th className="text-right">Live cost</th>
                <th className="text-right">Live uses</th>
                <th className="text-right">With drafts</th>
                <th className="text-right">Uses</th>
                <th className="text-right">Difference</th>
              </tr>
            </thead>
            <tbody>
              {summary.offers.map((o) => (
                <tr key={`${o.id}|${o.currency}`} className="border-t border-slate-100">
                  <td className="py-2">
                    {o.name} <span className="text-xs text-slate-500">({o.source === "coupon" ? "coupon" : "automatic"})</span>
                  </td>
                  <td className="text-right">{money(o.live.cost, o.currency)}</td>
                  <td className="text-right">{o.live.uses.toLocaleString("en")}</td>
                  <td className="text-right">{money(o.draft.cost, o.currency)}</td>
                  <td className="text-right">{o.draft.uses.toLocaleString("en")}</td>
                  <td className="text-right font-medium">{signed(o.difference, o.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      ) : null}
      {run.status === "succeeded" ? (
        <Card title="Carts that changed most">
          {topChanged.length ? (
            <CartTable carts={topChanged} label="Carts that changed most" />
          ) : (
            <p className="text-sm text-slate-600">No cart changed.</p>
          )}
        </Card>
      ) : null}
      {run.status === "succeeded" ? (
        <Card title="Carts above a discount share">
          <form className="mb-3 flex items-end gap-2 text-sm" aria-label="Discount share threshold">
            <label htmlFor="minShare" className="text-slate-700">
              Discount share above (%)
            </label>
            <input
              id="minShare"
              name="minShare"
              type="number"
              min={0}
              max={100}
              step="0.01"
              defaultValue={minShare}
              className="w-24 rounded border border-slate-300 px-2 py-1"
            />
            <button type="submit" className="rounded bg-slate-800 px-3 py-1 text-white">
              Show
            </button>
          </form>
          <p className="mb-2 text-sm" data-testid="batch-above-count">
            {above.total === 1 ? "1 cart gets" : `${above.total.toLocaleString("en")} carts get`} more than {minShare} % off with the drafts
            {above.total > above.items.length ? ` (the first ${above.items.length} shown)` : ""}.
          </p>
          {above.items.length ? <CartTable carts={above.items} label="Carts above the threshold" /> : null}
        </Card>
      ) : null}
      {run.errorRows > 0 ? (
        <Card title={`Rows that did not parse (${run.errorRows.toLocaleString("en")})`}>
          <table className="w-full text-left text-sm" aria-label="Rows that did not parse">
            <thead className="text-xs uppercase text-slate-500">
              <tr>
                <th className="py-2">Line</th>
                <th>Field</th>
                <th>Reason</th>
              </tr>
            </thead>
            <tbody>
              {errors.map((e) => (
                <tr key={e.line} className="border-t border-slate-100">
                  <td className="py-2">{e.line}</td>
                  <td>{e.field ?? "—"}</td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {run.errorRows > errors.length ? (
            <p className="mt-2 text-xs text-slate-500">
              The first {errors.length} shown; all of them: <code>GET {api}/errors</code>.
            </p>
          ) : null}
        </Card>
      ) : null}
    </div>
  );
}
