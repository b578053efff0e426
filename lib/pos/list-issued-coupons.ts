// Issued coupons with the filters of reference §9.5 (getIssuedCoupons), newest first. EXPIRED is not
// stored, so the status filter compares the stored dates with the tenant's local clock: naive local
// text of fixed width compares correctly as text on both databases.
import { orderByFrom } from "@/lib/catalog/schemas";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { skipTake, type Page } from "@/lib/http/pagination";
import { ISSUED_COUPON_INCLUDE, toIssuedCouponView, type IssuedCouponView } from "@/lib/pos/issued-coupon-view";
import { localClock } from "@/lib/pos/local-clock";
import type { IssuedCouponListQuery, IssuedStatus } from "@/lib/pos/list-schemas";
import { wallTimeToInstant } from "@/lib/pricing/time";

const SORTABLE = ["issuedAt", "redeemedAt", "uniqueIdentifier", "expiryDate"] as const;
const DAY_MS = 86_400_000;

/** A filter bound: a day is read in `zone` (from its start, or up to its end), an instant as written. */
export function boundInstant(value: string, zone: string, edge: "from" | "to"): Date {
  if (value.length !== 10) return new Date(value);
  const dayStart = Date.parse(`${value}T00:00:00Z`);
  return new Date(edge === "from" ? wallTimeToInstant(dayStart, zone) : wallTimeToInstant(dayStart + DAY_MS, zone) - 1);
}

function range(from: string | undefined, to: string | undefined, zone: string): { gte?: Date; lte?: Date } | undefined {
  if (!from && !to) return undefined;
  return { ...(from ? { gte: boundInstant(from, zone, "from") } : {}), ...(to ? { lte: boundInstant(to, zone, "to") } : {}) };
}

function statusWhere(status: IssuedStatus, nowLocal: string): Prisma.IssuedCouponWhereInput {
  const today = nowLocal.slice(0, 10);
  if (status === "REDEEMED") return { status: "REDEEMED" };
  const campaignEnded: Prisma.PosCouponRuleWhereInput = { campaign: { is: { validTo: { lt: nowLocal } } } };
  if (status === "EXPIRED") return { status: "ACTIVE", OR: [{ expiryDate: { lt: today } }, { rule: campaignEnded }] };
  // Spelled positively: NOT over a NULL comparison (a campaign without an end) would drop those rows in SQL.
  const campaignRuns: Prisma.PosCouponRuleWhereInput = {
    OR: [{ campaignId: null }, { campaign: { is: { OR: [{ validTo: null }, { validTo: { gte: nowLocal } }] } } }],
  };
  return { status: "ACTIVE", AND: [{ OR: [{ expiryDate: null }, { expiryDate: { gte: today } }] }, { rule: campaignRuns }] };
}

export async function listIssuedCoupons(tenantId: string, query: IssuedCouponListQuery, now = new Date()): Promise<Page<IssuedCouponView>> {
  const clock = await localClock(db(), tenantId, null, now);
  const issuedAt = range(query.issuedFrom, query.issuedTo, clock.zone);
  const redeemedAt = range(query.redeemedFrom, query.redeemedTo, clock.zone);
  const and: Prisma.IssuedCouponWhereInput[] = [];
  if (query.status) and.push(statusWhere(query.status, clock.nowLocal));
  if (query.q) and.push({ uniqueIdentifier: { startsWith: query.q } });
  if (query.changedSince) and.push({ updatedAt: { gte: boundInstant(query.changedSince, clock.zone, "from") } });
  if (query.customerId) and.push({ OR: [{ issuedCustomerId: query.customerId }, { redeemedCustomerId: query.customerId }] });
  const where: Prisma.IssuedCouponWhereInput = {
    tenantId,
    ...(query.uniqueIdentifier ? { uniqueIdentifier: { in: query.uniqueIdentifier } } : {}),
    ...(issuedAt ? { issuedAt } : {}),
    ...(redeemedAt ? { redeemedAt } : {}),
    ...(query.issuedCustomerId ? { issuedCustomerId: { in: query.issuedCustomerId } } : {}),
    ...(query.redeemedCustomerId ? { redeemedCustomerId: { in: query.redeemedCustomerId } } : {}),
    ...(query.issuedInvoiceId ? { issuedInvoiceId: { in: query.issuedInvoiceId } } : {}),
    ...(query.redeemedInvoiceId ? { redeemedInvoiceId: { in: query.redeemedInvoiceId } } : {}),
    ...(query.couponRuleId ? { couponRuleId: { in: query.couponRuleId } } : {}),
    ...(and.length ? { AND: and } : {}),
  };
  const [rows, total] = await Promise.all([
    db().issuedCoupon.findMany({
      where,
      include: ISSUED_COUPON_INCLUDE,
      orderBy: orderByFrom(query.sort ?? "-issuedAt", SORTABLE, "issuedAt"),
      ...skipTake(query),
    }),
    db().issuedCoupon.count({ where }),
  ]);
  return { items: rows.map((row) => toIssuedCouponView(row, clock.nowLocal)), total };
}
