"use client";
// Builds the cart to simulate. "Apply discounts" writes the cart into the URL; the page prices it on
// the server with the same service as POST /api/v1/promotions/cart. Switching the currency re-prices
// the lines from the catalog's price book and prices the cart again; "Copy link" shares it. Checked
// drafts go into the URL beside the cart.
import { usePathname, useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { priceLinesAction } from "@/app/(console)/simulator/actions";
import {
  CartContextFields,
  contextZone,
  initialCartContext,
  toContextRequest,
  type CartContext,
  type SimulatorStore,
} from "@/components/simulator/cart-context-fields";
import { CartLinesCard, toCartItems, toCartLine, type CartLine } from "@/components/simulator/cart-lines";
import { DraftPicker } from "@/components/simulator/draft-picker";
import { Button } from "@/components/ui/button";
import type { DraftChoice } from "@/lib/batch/list-draft-choices";
import { simulatorHref } from "@/lib/carts/simulation-url";
import type { CartRequest } from "@/lib/pricing";

type Props = {
  initial: Partial<CartRequest>;
  stores: SimulatorStore[];
  currencies: string[];
  tenantTimeZone: string;
  draftChoices: DraftChoice[];
  initialDrafts: DraftChoice[];
};

export function SimulatorForm({ initial, stores, currencies, tenantTimeZone, draftChoices, initialDrafts }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const [currency, setCurrency] = useState(initial.currency ?? currencies[0] ?? "EUR");
  const [context, setContext] = useState<CartContext>(() =>
    initialCartContext(initial, contextZone(initial.storeId ?? "", stores, tenantTimeZone)),
  );
  const zone = contextZone(context.storeId, stores, tenantTimeZone);
  const [lines, setLines] = useState<CartLine[]>((initial.items ?? []).map(toCartLine));
  const [notice, setNotice] = useState<string | null>(null);
  const [copied, setCopied] = useState<"copied" | "failed" | null>(null);
  const [drafts, setDrafts] = useState<DraftChoice[]>(initialDrafts);

  const apply = (over: { currency?: string; lines?: CartLine[] } = {}) => {
    // The key order is the link's: currency, channel, items, then the optional context.
    const request = {
      currency: over.currency ?? currency,
      channelType: context.channelType,
      items: toCartItems(over.lines ?? lines),
      ...toContextRequest(context, zone),
    };
    router.push(simulatorHref(request, drafts).replace(/^\/simulator/, pathname));
  };

  /** A new price book: each catalog line takes its price there, and the cart is priced again. */
  const switchCurrency = (next: string) =>
    startTransition(async () => {
      setCurrency(next);
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
      <CartLinesCard
        currency={currency}
        currencies={currencies}
        onCurrencyChange={switchCurrency}
        lines={lines}
        setLines={setLines}
        pending={pending}
        startTransition={startTransition}
      />
      <CartContextFields
        context={context}
        onChange={(change) => setContext((current) => ({ ...current, ...change }))}
        stores={stores}
        tenantTimeZone={tenantTimeZone}
        zone={zone}
        currency={currency}
      />
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
