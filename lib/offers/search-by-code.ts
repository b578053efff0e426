// The header's search: a coupon code (exact, then by prefix), a printed POS coupon's serial, or an offer
// name. Codes are case-sensitive (contract §3), so an exact hit goes straight to its coupon's codes.
import { db } from "@/lib/db/client";
import { containsText } from "@/lib/db/dialect";
import { FAMILIES, type Family } from "@/lib/offers/family";

export type SearchHit = { kind: "code" | "serial" | "offer"; label: string; detail: string; href: string };

export async function searchByCode(tenantId: string, text: string, limit = 20): Promise<{ exact: SearchHit | null; hits: SearchHit[] }> {
  const q = text.trim().slice(0, 100);
  if (!q) return { exact: null, hits: [] };
  const [codes, serials, offers] = await Promise.all([
    db().couponCode.findMany({
      where: { tenantId, code: { startsWith: q } },
      select: { code: true, offerId: true },
      orderBy: { code: "asc" },
      take: limit,
    }),
    db().issuedCoupon.findMany({
      where: { tenantId, uniqueIdentifier: { startsWith: q } },
      select: { id: true, uniqueIdentifier: true },
      take: 5,
    }),
    db().offer.findMany({
      where: { tenantId, archivedAt: null, name: containsText(q) },
      select: { id: true, name: true, family: true },
      orderBy: { name: "asc" },
      take: 10,
    }),
  ]);
  const couponNames = new Map(
    (
      await db().offer.findMany({
        where: { tenantId, id: { in: [...new Set(codes.map((c) => c.offerId))] } },
        select: { id: true, name: true },
      })
    ).map((o) => [o.id, o.name]),
  );
  const codeHits = codes.map((c): SearchHit => ({
    kind: "code",
    label: c.code,
    detail: `code of ${couponNames.get(c.offerId) ?? "a coupon"}`,
    href: `/coupons/${encodeURIComponent(c.offerId)}/codes?code=${encodeURIComponent(c.code)}`,
  }));
  const hits: SearchHit[] = [
    ...codeHits,
    ...serials.map((s): SearchHit => ({
      kind: "serial",
      label: s.uniqueIdentifier,
      detail: "printed POS coupon",
      href: `/pos/issued/${encodeURIComponent(s.id)}`,
    })),
    ...offers.map((o): SearchHit => ({
      kind: "offer",
      label: o.name,
      detail: FAMILIES[o.family as Family]?.label ?? o.family,
      href: `${FAMILIES[o.family as Family]?.consolePath ?? "/coupons"}/${encodeURIComponent(o.id)}`,
    })),
  ];
  const exact = codeHits.find((h) => h.label === q) ?? null;
  return { exact, hits };
}
