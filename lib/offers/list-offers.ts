// One page of coupons or promotions, filtered and sorted on the server.
// Why raw SQL and a "deferred join": the page of ids is read from the covering index
// (tenantId, family, archivedAt, <sort>, id) alone, so page 500 walks index entries instead of rows;
// only the ~100 rows of the page are then read whole, by primary key.
import { db } from "@/lib/db/client";
import { textContains } from "@/lib/db/dialect";
import { Prisma } from "@/lib/generated/sqlite/client";
import { skipTake, type Page } from "@/lib/http/pagination";
import { PROMOTION_KINDS } from "@/lib/offers/category-schema";
import { LIST_STATUSES, type ListStatus } from "@/lib/offers/dates";
import { exhaustedOfferIds } from "@/lib/offers/exhausted-offers";
import type { Family } from "@/lib/offers/family";
import { toOfferView, type OfferRow } from "@/lib/offers/offer-view";
import { ANY_STORE, loadTenant } from "@/lib/offers/offer-writes";
import { splitList, type OfferListQuery, type OfferView } from "@/lib/offers/schemas";

const SORT_COLUMNS = {
  name: "name",
  updatedAt: "updatedAt",
  createdAt: "createdAt",
  validFrom: "startsAt",
  validTo: "endsAt",
  kind: "kind",
} as const;

/** Status in the order of OFFER_STATUSES (Draft, Disabled, Planned, Active, Expired), for sorting by it. */
function statusRank(alias: "o" | "r", now: Date): Prisma.Sql {
  const a = Prisma.raw(alias);
  return Prisma.sql`(CASE WHEN ${a}."unpublished" = ${true} THEN 0 WHEN ${a}."active" = ${false} THEN 1 WHEN ${a}."startsAt" > ${now} THEN 2 WHEN ${a}."endsAt" IS NOT NULL AND ${a}."endsAt" < ${now} THEN 4 ELSE 3 END)`;
}

function canonical<T extends string>(values: string[], allowed: readonly T[]): T[] {
  return values.map((v) => allowed.find((a) => a.toLowerCase() === v.toLowerCase())).filter((v): v is T => Boolean(v));
}

/** `exhausted`: the ids of the used-up offers, read only when the filter asks for them. */
function statusCondition(status: ListStatus, now: Date, exhausted: readonly string[]): Prisma.Sql {
  const published = Prisma.sql`o."unpublished" = ${false}`;
  switch (status) {
    case "Draft":
      return Prisma.sql`o."unpublished" = ${true}`;
    case "Disabled":
      return Prisma.sql`(${published} AND o."active" = ${false})`;
    case "Planned":
      return Prisma.sql`(${published} AND o."active" = ${true} AND o."startsAt" > ${now})`;
    case "Active":
      return Prisma.sql`(${published} AND o."active" = ${true} AND o."startsAt" <= ${now} AND (o."endsAt" IS NULL OR o."endsAt" >= ${now}))`;
    case "Expired":
      return Prisma.sql`(${published} AND o."active" = ${true} AND o."endsAt" < ${now})`;
    case "Exhausted":
      return exhausted.length > 0
        ? Prisma.sql`(${statusCondition("Active", now, [])} AND o."id" IN (${Prisma.join(exhausted)}))`
        : Prisma.sql`1 = 0`;
  }
}

async function productCategories(tenantId: string, productId: string): Promise<string[]> {
  const product = await db().product.findUnique({ where: { tenantId_id: { tenantId, id: productId } }, select: { categories: true } });
  return Array.isArray(product?.categories) ? (product.categories as unknown[]).filter((c): c is string => typeof c === "string") : [];
}

async function whereClause(tenantId: string, family: Family, query: OfferListQuery, now: Date, archivedOnly: boolean): Promise<Prisma.Sql> {
  const archived = archivedOnly ? Prisma.sql`o."archivedAt" IS NOT NULL` : Prisma.sql`o."archivedAt" IS NULL`;
  const parts: Prisma.Sql[] = [Prisma.sql`o."tenantId" = ${tenantId}`, Prisma.sql`o."family" = ${family}`, archived];
  const names = splitList(query.name);
  if (names.length > 0) {
    parts.push(
      Prisma.sql`(${Prisma.join(
        names.map((n) => textContains(Prisma.sql`o."name"`, n)),
        " OR ",
      )})`,
    );
  }
  const codes = splitList(query.code);
  if (codes.length > 0) {
    parts.push(
      Prisma.sql`o."id" IN (SELECT c."offerId" FROM "CouponCode" c WHERE c."tenantId" = ${tenantId} AND c."code" IN (${Prisma.join(codes)}))`,
    );
  }
  const statuses = canonical(splitList(query.status), LIST_STATUSES);
  const exhausted = statuses.includes("Exhausted") ? await exhaustedOfferIds(tenantId, family, now) : [];
  if (statuses.length > 0)
    parts.push(
      Prisma.sql`(${Prisma.join(
        statuses.map((s) => statusCondition(s, now, exhausted)),
        " OR ",
      )})`,
    );
  const kinds = canonical(splitList(query.kind), PROMOTION_KINDS);
  if (kinds.length > 0) parts.push(Prisma.sql`o."kind" IN (${Prisma.join(kinds)})`);
  if (query.active) parts.push(Prisma.sql`o."active" = ${query.active === "true"}`);
  if (query.store) {
    parts.push(
      Prisma.sql`o."id" IN (SELECT t."offerId" FROM "OfferTarget" t WHERE t."tenantId" = ${tenantId} AND t."type" = 'store' AND t."value" IN (${query.store}, ${ANY_STORE}))`,
    );
  }
  if (query.product) {
    // "Every offer whose filters include this product": named by id, or by one of its categories.
    const categories = await productCategories(tenantId, query.product);
    const byCategory =
      categories.length > 0 ? Prisma.sql` OR (t."type" = 'category' AND t."value" IN (${Prisma.join(categories)}))` : Prisma.empty;
    parts.push(
      Prisma.sql`o."id" IN (SELECT t."offerId" FROM "OfferTarget" t WHERE t."tenantId" = ${tenantId} AND ((t."type" = 'product' AND t."value" = ${query.product})${byCategory}))`,
    );
  }
  return Prisma.join(parts, " AND ");
}

/** `archived`: the console's archive view (archived offers only, to restore them); the API never asks for it. */
export async function listOffers(
  tenantId: string,
  family: Family,
  query: OfferListQuery,
  now: Date = new Date(),
  { archived = false }: { archived?: boolean } = {},
): Promise<Page<OfferView>> {
  const sort = query.sort ?? "-updatedAt";
  const desc = sort.startsWith("-");
  const key = sort.replace(/^-/, "");
  const name = key === "status" ? null : SORT_COLUMNS[key as keyof typeof SORT_COLUMNS];
  const inner = name ? Prisma.raw(`o."${name}"`) : statusRank("o", now);
  const outer = name ? Prisma.raw(`r."${name}"`) : statusRank("r", now);
  const direction = Prisma.raw(desc ? "DESC" : "ASC");
  const where = await whereClause(tenantId, family, query, now, archived);
  const { skip, take } = skipTake(query);
  const [rows, countRows, tenant] = await Promise.all([
    // The subquery pages over the covering index; the join then reads only this page's rows by primary key.
    // archivedAt leads the ORDER BY because PostgreSQL does not treat `IS NULL` as pinning the column, and
    // without it plans a full sort instead of walking the index (it is constant here, so the order is the same).
    db().$queryRaw<OfferRow[]>(Prisma.sql`
      SELECT r.* FROM (SELECT o."id" FROM "Offer" o WHERE ${where} ORDER BY o."archivedAt" ${direction}, ${inner} ${direction}, o."id" ${direction} LIMIT ${take} OFFSET ${skip}) p
      JOIN "Offer" r ON r."id" = p."id"
      ORDER BY ${outer} ${direction}, r."id" ${direction}`),
    db().$queryRaw<{ total: number | bigint }[]>(Prisma.sql`SELECT COUNT(*) AS "total" FROM "Offer" o WHERE ${where}`),
    loadTenant(db(), tenantId),
  ]);
  const total = Number(countRows[0]?.total ?? 0);
  if (rows.length === 0) return { items: [], total };
  return { items: rows.map((row) => toOfferView(row, { tenant: tenant.slug, now })), total };
}
