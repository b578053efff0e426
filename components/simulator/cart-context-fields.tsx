"use client";
// The simulator's "Context" card: where, when, for whom and with which codes the cart is priced, kept as
// the typed text until the cart is applied (toContextRequest turns it into the request's fields).
import { Field, Input, Select, inputClass } from "@/components/ui/field";
import { Card } from "@/components/ui/page-header";
import { instantToLocalInput, localInputToInstant } from "@/lib/carts/simulation-url";
import { KNOWN_CHANNELS } from "@/lib/offers/channels";
import type { CartRequest } from "@/lib/pricing";

export type SimulatorStore = { id: string; name: string; timeZone: string | null };

export type CartContext = {
  storeId: string;
  channelType: string;
  customerId: string;
  /** One key=value per line. */
  segments: string;
  /** One per line or comma separated. */
  codes: string;
  /** The datetime-local value, read in the store's zone (else the tenant's). */
  atLocal: string;
  shippingPrice: string;
  shippingMethod: string;
};

/** The zone "Simulate at" is read in: the chosen store's, else the tenant's. */
export function contextZone(storeId: string, stores: SimulatorStore[], tenantTimeZone: string): string {
  return stores.find((s) => s.id === storeId)?.timeZone ?? tenantTimeZone;
}

export function initialCartContext(initial: Partial<CartRequest>, zone: string): CartContext {
  return {
    storeId: initial.storeId ?? "",
    channelType: initial.channelType ?? "store",
    customerId: initial.customerId ?? "",
    segments: (initial.customerSegments ?? []).map((s) => `${s.key}=${s.value}`).join("\n"),
    codes: (initial.couponCodes ?? []).join("\n"),
    atLocal: initial.at ? instantToLocalInput(initial.at, zone) : "",
    shippingPrice: initial.shipping ? String(initial.shipping.price) : "",
    shippingMethod: initial.shipping?.method ?? "",
  };
}

/** The request's optional context fields (the channel is always sent); empty inputs are left out, so the
 * link names only what was set. */
export function toContextRequest(context: CartContext, zone: string): Record<string, unknown> {
  const request: Record<string, unknown> = {};
  if (context.storeId) request.storeId = context.storeId;
  if (context.customerId.trim()) request.customerId = context.customerId.trim();
  const segmentList = context.segments
    .split("\n")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => ({ key: s.split("=")[0].trim(), value: s.split("=").slice(1).join("=").trim() }));
  if (segmentList.length) request.customerSegments = segmentList;
  const codeList = context.codes
    .split(/[\s,]+/)
    .map((c) => c.trim())
    .filter(Boolean);
  if (codeList.length) request.couponCodes = codeList;
  const at = context.atLocal ? localInputToInstant(context.atLocal, zone) : undefined;
  if (at) request.at = at;
  if (context.shippingPrice.trim())
    request.shipping = {
      price: Number(context.shippingPrice),
      ...(context.shippingMethod.trim() ? { method: context.shippingMethod.trim() } : {}),
    };
  return request;
}

type Props = {
  context: CartContext;
  onChange: (change: Partial<CartContext>) => void;
  stores: SimulatorStore[];
  tenantTimeZone: string;
  zone: string;
  currency: string;
};

export function CartContextFields({ context, onChange, stores, tenantTimeZone, zone, currency }: Props) {
  return (
    <Card title="Context">
      <div className="grid gap-4 md:grid-cols-3">
        <Field id="sim-store" label="Store">
          <Select id="sim-store" value={context.storeId} onChange={(e) => onChange({ storeId: e.target.value })}>
            <option value="">No store (web)</option>
            {stores.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.timeZone ?? `tenant zone ${tenantTimeZone}`})
              </option>
            ))}
          </Select>
        </Field>
        <Field id="sim-channel" label="Channel">
          <Select id="sim-channel" value={context.channelType} onChange={(e) => onChange({ channelType: e.target.value })}>
            {KNOWN_CHANNELS.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="sim-at" label="Simulate at" hint={`Local time in ${zone}; empty means now.`}>
          <Input id="sim-at" type="datetime-local" value={context.atLocal} onChange={(e) => onChange({ atLocal: e.target.value })} />
        </Field>
        <Field id="sim-customer" label="Customer id" hint="Optional; their segments are used unless you list some.">
          <Input id="sim-customer" value={context.customerId} onChange={(e) => onChange({ customerId: e.target.value })} />
        </Field>
        <Field id="sim-segments" label="Customer segments" hint="One key=value per line, e.g. type=gold member.">
          <textarea
            id="sim-segments"
            rows={2}
            className={inputClass}
            value={context.segments}
            onChange={(e) => onChange({ segments: e.target.value })}
          />
        </Field>
        <Field id="sim-codes" label="Coupon codes" hint="One per line or comma separated; none tests automatic promotions only.">
          <textarea
            id="sim-codes"
            rows={2}
            className={inputClass}
            value={context.codes}
            onChange={(e) => onChange({ codes: e.target.value })}
          />
        </Field>
        <Field id="sim-shipping" label={`Shipping price (${currency})`}>
          <Input
            id="sim-shipping"
            type="number"
            min={0}
            step="any"
            value={context.shippingPrice}
            onChange={(e) => onChange({ shippingPrice: e.target.value })}
          />
        </Field>
        <Field id="sim-shipping-method" label="Shipping method">
          <Input id="sim-shipping-method" value={context.shippingMethod} onChange={(e) => onChange({ shippingMethod: e.target.value })} />
        </Field>
      </div>
    </Card>
  );
}
