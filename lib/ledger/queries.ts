// Reads of the ledger (table Redemption, contract §7) for one offer: a filtered page, its count, and
// batches in keyset order for the CSV export. Every read names the tenant. Newest first; the index
// (tenantId, offerId, createdAt) serves the offer and the date range.
import { db } from "@/lib/db/client";
import type { Prisma, Redemption } from "@/lib/generated/sqlite/client";
import type { LedgerStatus } from "@/lib/ledger/schemas";

export type LedgerRow = Redemption;

/** The filters once the local days are instants: [fromMs, toMs). */
export type LedgerWhere = {
  status?: LedgerStatus;
  fromMs?: number;
  toMs?: number;
  code?: string;
  customer?: string;
  store?: string;
  channel?: string;
};

function whereOf(tenantId: string, offerId: string, f: LedgerWhere): Prisma.RedemptionWhereInput {
  return {
    tenantId,
    offerId,
    ...(f.status ? { status: f.status } : {}),
    ...(f.fromMs !== undefined || f.toMs !== undefined
      ? {
          createdAt: {
            ...(f.fromMs !== undefined ? { gte: new Date(f.fromMs) } : {}),
            ...(f.toMs !== undefined ? { lt: new Date(f.toMs) } : {}),
          },
        }
      : {}),
    ...(f.code ? { code: { startsWith: f.code } } : {}),
    ...(f.customer ? { consumerId: f.customer } : {}),
    ...(f.store ? { storeId: f.store } : {}),
    ...(f.channel ? { channelType: f.channel } : {}),
  };
}

const NEWEST_FIRST = [{ createdAt: "desc" as const }, { id: "desc" as const }];

export async function findLedgerPage(
  tenantId: string,
  offerId: string,
  filters: LedgerWhere,
  page: { skip: number; take: number },
): Promise<{ rows: LedgerRow[]; total: number }> {
  const where = whereOf(tenantId, offerId, filters);
  const [rows, total] = await Promise.all([
    db().redemption.findMany({ where, orderBy: NEWEST_FIRST, ...page }),
    db().redemption.count({ where }),
  ]);
  return { rows, total };
}

/** The next `take` rows after `after` (keyset on createdAt, id), for streaming an export. */
export async function findLedgerBatch(
  tenantId: string,
  offerId: string,
  filters: LedgerWhere,
  after: { createdAt: Date; id: string } | null,
  take: number,
): Promise<LedgerRow[]> {
  const where = whereOf(tenantId, offerId, filters);
  const keyset: Prisma.RedemptionWhereInput | null = after
    ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }
    : null;
  return db().redemption.findMany({ where: keyset ? { AND: [where, keyset] } : where, orderBy: NEWEST_FIRST, take });
}

/** Which offer the id names in this tenant: a coupon, an automatic promotion or a POS campaign. */
export async function findLedgerOffer(
  tenantId: string,
  offerId: string,
): Promise<{ id: string; name: string; type: "coupon" | "promotion" | "pos_campaign" } | null> {
  const [offer, campaign] = await Promise.all([
    db().offer.findFirst({ where: { tenantId, id: offerId }, select: { id: true, name: true, family: true } }),
    db().posCampaign.findFirst({ where: { tenantId, id: offerId }, select: { id: true, name: true } }),
  ]);
  if (offer) return { id: offer.id, name: offer.name, type: offer.family === "coupon" ? "coupon" : "promotion" };
  if (campaign) return { id: campaign.id, name: campaign.name, type: "pos_campaign" };
  return null;
}
