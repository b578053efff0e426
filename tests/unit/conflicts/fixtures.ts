// Small builders for analyzer inputs: offers as the loader gives them, a catalog priced in EUR.
import type { AnalysisInput, AnalyzedOffer, CatalogProduct } from "@/lib/conflicts/types";
import type { Category, Offer } from "@/lib/pricing";

export const NOW = "2026-12-02T10:00:00.000Z";

let clock = 0;

export function offer(id: string, category: Category, extra: Partial<Offer> = {}, entry: Partial<AnalyzedOffer> = {}): AnalyzedOffer {
  clock += 1;
  const base: Offer = {
    id,
    source: "automatic",
    name: id,
    category,
    active: true,
    exclusive: false,
    localizedTimezone: false,
    validFrom: "2026-01-01T00:00:00Z",
    validTo: null,
    currencies: [{ code: "EUR" }],
    stores: [],
    consumers: [],
    channels: [],
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, clock)).toISOString(),
    maxRedemptions: null,
    redemptions: 0,
  };
  const merged = { ...base, ...extra };
  const codes =
    merged.source === "coupon"
      ? { activeCount: 1, usable: { code: `${id.toUpperCase()}-CODE`, offerId: id, active: true, redemptions: 0, maxRedemptions: null } }
      : undefined;
  return { offer: merged, draft: false, ...(codes ? { codes } : {}), ...entry };
}

export function product(id: string, eur: number, categories: string[] = [], attributes: Record<string, string> = {}): CatalogProduct {
  return { id, categories, attributes, prices: { EUR: Math.round(eur * 100) } };
}

export const CATALOG: CatalogProduct[] = [
  product("shoe-1", 80, ["shoes"]),
  product("shoe-2", 120, ["shoes"]),
  product("shirt-1", 30, ["shirts"]),
  product("shirt-2", 25, ["shirts"]),
  product("sock-1", 5, ["socks"]),
  product("gift-1", 50, ["gifts"]),
  product("hat-1", 20, ["hats"]),
];

export function input(offers: AnalyzedOffer[], extra: Partial<AnalysisInput> = {}): AnalysisInput {
  return {
    offers,
    products: CATALOG,
    stores: [{ id: "berlin", timeZone: "Europe/Berlin" }],
    exclusionList: ["gift-1"],
    now: NOW,
    tenantTimeZone: "Europe/Berlin",
    stackingThresholdPercent: 50,
    ...extra,
  };
}

export const pct = (discount: number, categories: string[]): Category => ({
  kind: "ProductLevelPercentage",
  discount,
  products: { categories },
});
export const cartPct = (discount: number): Category => ({ kind: "CartLevelPercentage", discount });
