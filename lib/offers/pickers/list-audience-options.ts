// What the offer form's audience pickers choose from: the shipping methods the tenant's offers already
// name, and the customer segments its customers carry or its offers target. Anything typed outside
// these lists is allowed but flagged, because the engine matches them exactly.
import { db } from "@/lib/db/client";

export type SegmentOption = { key: string; value: string };
export type AudienceOptions = { shippingMethods: string[]; segments: SegmentOption[] };

function segmentsOf(json: unknown): SegmentOption[] {
  const list = Array.isArray(json) ? json : json && typeof json === "object" ? [json] : [];
  return list.filter((s): s is SegmentOption => Boolean(s) && typeof s.key === "string" && typeof s.value === "string");
}

export async function listAudienceOptions(tenantId: string, limit = 5000): Promise<AudienceOptions> {
  const [offers, customers] = await Promise.all([
    db().offer.findMany({ where: { tenantId, archivedAt: null }, select: { category: true, segment: true }, take: limit }),
    db().customer.findMany({ where: { tenantId }, select: { segments: true }, take: limit }),
  ]);
  const methods = new Set<string>();
  const segments = new Map<string, SegmentOption>();
  for (const offer of offers) {
    const options = (offer.category as { shippingOptions?: unknown }).shippingOptions;
    if (Array.isArray(options)) for (const o of options) if (typeof o === "string") methods.add(o);
    for (const s of segmentsOf(offer.segment)) segments.set(`${s.key}\u0000${s.value}`, { key: s.key, value: s.value });
  }
  for (const customer of customers)
    for (const s of segmentsOf(customer.segments)) segments.set(`${s.key}\u0000${s.value}`, { key: s.key, value: s.value });
  const byText = (a: SegmentOption, b: SegmentOption) => a.key.localeCompare(b.key) || a.value.localeCompare(b.value);
  return { shippingMethods: [...methods].sort(), segments: [...segments.values()].sort(byText) };
}
