// Schedules `count` coupon versions 400 ms apart, starting `leadMs` from now, for the lateness figures of bench:scenarios.
import { createOffer } from "@/lib/offers/create-offer";
import { CouponInput } from "@/lib/offers/schemas";
import { publishVersion } from "@/lib/versions/publish-version";
import { saveDraft } from "@/lib/versions/save-draft";

export const PUBLISH_SPACING_MS = 400;

export async function scheduleBenchPublishes(tenantId: string, count: number, leadMs: number): Promise<{ id: string; at: number }[]> {
  const actor = { type: "user" as const, id: "bench", name: "Bench", tenantId, role: "admin" as const };
  const coupon = CouponInput.parse({
    name: "Scheduled",
    active: true,
    validFrom: "2020-01-01T00:00:00Z",
    category: { kind: "CartLevelPercentage", discount: 10 },
    currencies: [{ code: "EUR" }],
  });
  const offers = [];
  for (let i = 0; i < count; i++) {
    const offer = await createOffer(actor, "coupon", coupon);
    await saveDraft(actor, "coupon", offer.id, { snapshot: { ...coupon, name: `Scheduled ${i}` } });
    offers.push(offer.id);
  }
  const start = Date.now() + leadMs;
  const scheduled = [];
  for (const [i, id] of offers.entries()) {
    const at = start + i * PUBLISH_SPACING_MS;
    await publishVersion(actor, "coupon", id, { at: new Date(at).toISOString() });
    scheduled.push({ id, at });
  }
  return scheduled;
}
