// What needs a marketer's eye today: live offers that start or end within the week, and the latest code
// imports and generation jobs of every coupon (the per-coupon lists live on each coupon's codes page).
import { db } from "@/lib/db/client";
import { FAMILIES, type Family } from "@/lib/offers/family";

const WEEK_MS = 7 * 86_400_000;

export type UpcomingChange = { id: string; name: string; href: string; family: Family; change: "starts" | "ends"; at: Date };
export type RecentJob = {
  id: string;
  couponName: string;
  href: string;
  kind: string;
  fileName: string;
  status: string;
  processedRows: number;
  totalRows: number;
  importedCount: number;
  rejectedCount: number;
  createdAt: Date;
};

export async function getDashboardActivity(
  tenantId: string,
  now = new Date(),
  limit = 8,
): Promise<{ upcoming: UpcomingChange[]; jobs: RecentJob[] }> {
  const client = db();
  const weekAhead = new Date(now.getTime() + WEEK_MS);
  const [starting, ending, jobs] = await Promise.all([
    client.offer.findMany({
      where: { tenantId, archivedAt: null, active: true, startsAt: { gt: now, lte: weekAhead } },
      orderBy: { startsAt: "asc" },
      take: limit,
      select: { id: true, name: true, family: true, startsAt: true },
    }),
    client.offer.findMany({
      where: { tenantId, archivedAt: null, active: true, startsAt: { lte: now }, endsAt: { gt: now, lte: weekAhead } },
      orderBy: { endsAt: "asc" },
      take: limit,
      select: { id: true, name: true, family: true, endsAt: true },
    }),
    client.codeImport.findMany({ where: { tenantId }, orderBy: { createdAt: "desc" }, take: 5 }),
  ]);
  const coupons = jobs.length
    ? await client.offer.findMany({
        where: { tenantId, id: { in: [...new Set(jobs.map((j) => j.offerId))] } },
        select: { id: true, name: true },
      })
    : [];
  const couponNames = new Map(coupons.map((c) => [c.id, c.name]));
  const href = (family: string, id: string) => `${FAMILIES[family as Family].consolePath}/${id}`;
  const upcoming: UpcomingChange[] = [
    ...starting.map((o) => ({
      id: o.id,
      name: o.name,
      family: o.family as Family,
      href: href(o.family, o.id),
      change: "starts" as const,
      at: o.startsAt,
    })),
    ...ending.map((o) => ({
      id: o.id,
      name: o.name,
      family: o.family as Family,
      href: href(o.family, o.id),
      change: "ends" as const,
      at: o.endsAt!,
    })),
  ]
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .slice(0, limit);
  return {
    upcoming,
    jobs: jobs.map((j) => ({
      id: j.id,
      couponName: couponNames.get(j.offerId) ?? "(deleted coupon)",
      href: `/coupons/${j.offerId}/codes`,
      kind: j.kind,
      fileName: j.fileName,
      status: j.status,
      processedRows: j.processedRows,
      totalRows: j.totalRows,
      importedCount: j.importedCount,
      rejectedCount: j.rejectedCount,
      createdAt: j.createdAt,
    })),
  };
}
