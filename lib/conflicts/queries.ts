// Every database read and write of the conflict analyzer: offers (published and switched on, plus new
// offers that exist only as drafts), coupon code facts, the catalog, stores, the exclusion list and the
// tenant's analyzer settings. Tenant id inside every query.
import type { CatalogProduct, CouponCodeFacts, LimitUsage } from "@/lib/conflicts/types";
import { DEFAULT_STACKING_THRESHOLD_PERCENT } from "@/lib/conflicts/threshold";
import { db, type Db, type Tx } from "@/lib/db/client";
import { driver } from "@/lib/db/driver";
import { budgetScope, USES } from "@/lib/limits/plan-usage";
import { findUsage } from "@/lib/limits/queries";
import type { CodeState } from "@/lib/pricing";

export { DEFAULT_STACKING_THRESHOLD_PERCENT };

/** Published offers that are switched on (active, scheduled or expired) and offers never published (drafts). */
export function findAnalyzedOfferRows(tenantId: string) {
  return db().offer.findMany({
    where: { tenantId, archivedAt: null, OR: [{ unpublished: false, active: true }, { unpublished: true }] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

/** The newest draft version of each given offer, for offers that exist only as drafts. */
export async function findWorkingDraftsOf(tenantId: string, offerIds: readonly string[]) {
  if (offerIds.length === 0) return [];
  const rows = await db().offerVersion.findMany({
    where: { tenantId, kind: { in: ["coupon", "promotion"] }, offerId: { in: [...offerIds] }, status: "draft" },
    orderBy: [{ offerId: "asc" }, { number: "desc" }],
  });
  const newest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) if (!newest.has(row.offerId)) newest.set(row.offerId, row);
  return [...newest.values()];
}

const toState = (row: {
  code: string;
  offerId: string;
  active: boolean;
  redemptions: number;
  maxRedemptions: number | null;
}): CodeState => ({
  code: row.code,
  offerId: row.offerId,
  active: row.active,
  redemptions: row.redemptions,
  maxRedemptions: row.maxRedemptions,
});

/** Per coupon: its active codes, the first one still redeemable, and the first switched-off one. */
export async function findCouponCodeFacts(tenantId: string, couponIds: readonly string[]): Promise<Map<string, CouponCodeFacts>> {
  const facts = new Map<string, CouponCodeFacts>(couponIds.map((id) => [id, { activeCount: 0 }]));
  if (couponIds.length === 0) return facts;
  const offerId = { in: [...couponIds] };
  const [active, usable, inactive] = await Promise.all([
    db().couponCode.groupBy({ by: ["offerId"], where: { tenantId, offerId, active: true }, _count: { _all: true } }),
    // Codes carry no cap or a cap of one use (single-use coupons): redeemable = uncapped or unused.
    db().couponCode.groupBy({
      by: ["offerId"],
      where: { tenantId, offerId, active: true, OR: [{ maxRedemptions: null }, { redemptions: 0 }] },
      _min: { code: true },
    }),
    db().couponCode.groupBy({ by: ["offerId"], where: { tenantId, offerId, active: false }, _min: { code: true } }),
  ]);
  for (const row of active) facts.get(row.offerId)!.activeCount = row._count._all;
  const picked = [...usable, ...inactive].map((row) => row._min.code).filter((code): code is string => code !== null);
  const states = picked.length
    ? await db().couponCode.findMany({
        where: { tenantId, code: { in: picked } },
        select: { code: true, offerId: true, active: true, redemptions: true, maxRedemptions: true },
      })
    : [];
  for (const state of states) {
    const entry = facts.get(state.offerId);
    if (!entry) continue;
    if (state.active) entry.usable = toState(state);
    else entry.inactive = toState(state);
  }
  return facts;
}

export async function findCatalog(tenantId: string): Promise<CatalogProduct[]> {
  const rows = await db().product.findMany({ where: { tenantId }, select: { id: true, categories: true, attributes: true, prices: true } });
  return rows.map((row) => ({
    id: row.id,
    categories: Array.isArray(row.categories) ? row.categories.filter((c): c is string => typeof c === "string") : [],
    attributes: isRecord(row.attributes)
      ? (Object.fromEntries(Object.entries(row.attributes).filter(([, v]) => typeof v === "string")) as Record<string, string>)
      : {},
    prices: Object.fromEntries(
      (Array.isArray(row.prices) ? row.prices : [])
        .filter(
          (p): p is { currency: string; amount: number } => isRecord(p) && typeof p.currency === "string" && typeof p.amount === "number",
        )
        .map((p) => [p.currency, p.amount]),
    ),
  }));
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

export async function findAnalysisSurroundings(tenantId: string) {
  const [tenant, stores, exclusions, settings] = await Promise.all([
    db().tenant.findUnique({ where: { id: tenantId }, select: { timeZone: true } }),
    db().store.findMany({ where: { tenantId }, select: { id: true, timeZone: true }, orderBy: { id: "asc" } }),
    db().exclusionList.findUnique({ where: { tenantId } }),
    db().conflictSettings.findUnique({ where: { tenantId } }),
  ]);
  return {
    tenantTimeZone: tenant?.timeZone ?? "UTC",
    stores,
    exclusionList: Array.isArray(exclusions?.ids) ? exclusions.ids.filter((id): id is string => typeof id === "string") : [],
    stackingThresholdPercent: settings?.stackingThresholdPercent ?? DEFAULT_STACKING_THRESHOLD_PERCENT,
  };
}

export function findConflictSettings(tenantId: string, client: Db | Tx = db()) {
  return client.conflictSettings.findUnique({ where: { tenantId } });
}

export async function upsertConflictSettings(
  tenantId: string,
  stackingThresholdPercent: number,
  updatedBy: string,
  client: Db | Tx = db(),
) {
  return client.conflictSettings.upsert({
    where: { tenantId },
    create: { tenantId, stackingThresholdPercent, updatedBy },
    update: { stackingThresholdPercent, updatedBy },
  });
}

/** Per limited offer, its counters in the given window (the current one: contract §7 windows restart). */
export async function findLimitUsage(
  tenantId: string,
  wanted: readonly { offerId: string; windowKey: string }[],
): Promise<Map<string, LimitUsage>> {
  const usage = new Map<string, LimitUsage>(wanted.map((w) => [w.offerId, { windowKey: w.windowKey, uses: 0, spentMinor: {} }]));
  const budget = budgetScope("");
  for (const row of await findUsage(driver(), tenantId, wanted)) {
    const entry = usage.get(row.offerId)!;
    if (row.scope === USES) entry.uses = row.used;
    else if (row.scope.startsWith(budget)) entry.spentMinor[row.scope.slice(budget.length)] = row.used;
  }
  return usage;
}
