// Catalog prices of the simulator's lines in another currency, for re-pricing the cart when the
// marketer switches the price book (a line whose product has no price there is reported, not zeroed).
import { db } from "@/lib/db/client";
import { currencyExponent, toMajorUnits } from "@/lib/pricing";

export async function priceSimulatorLines(
  tenantId: string,
  productIds: string[],
  currency: string,
): Promise<Record<string, number | null>> {
  const ids = [...new Set(productIds)].slice(0, 1000);
  const rows = ids.length ? await db().product.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, prices: true } }) : [];
  const exponent = currencyExponent(currency);
  const prices: Record<string, number | null> = Object.fromEntries(ids.map((id) => [id, null]));
  for (const row of rows) {
    const list = Array.isArray(row.prices) ? (row.prices as { currency: string; amount: number }[]) : [];
    const price = list.find((p) => p.currency === currency);
    prices[row.id] = price ? toMajorUnits(price.amount, exponent) : null;
  }
  return prices;
}
