// The cart domain's reads on the checkout path, through the driver (lib/db/driver.ts): every cart and
// every redemption runs them, and a statement there costs a fraction of one through Prisma.
import { tokenActiveColumn } from "@/lib/auth/queries";
import type { OfferRow } from "@/lib/carts/offer-from-row";
import { bool, date, int, json, nullable, rowOf, text } from "@/lib/db/decode";
import { placeholders, type Row, type Statements } from "@/lib/db/driver";

const OFFER_COLUMNS = [
  "id",
  "family",
  "name",
  "category",
  "active",
  "exclusive",
  "localizedTimezone",
  "validFrom",
  "validTo",
  "currencies",
  "stores",
  "consumers",
  "channels",
  "segment",
  "createdAt",
  "maxRedemptions",
  "redemptions",
  "limits",
]
  .map((column) => `o."${column}"`)
  .join(", ");

// A code with the live coupon behind it: the code's own columns under their own names, the offer's as
// offerFromRow reads them (all null when the coupon is archived, never published, not a coupon, or gone).
const decodeCode = rowOf({
  codeId: text,
  code: text,
  codeOfferId: text,
  codeActive: bool,
  codeRedemptions: int,
  codeMaxRedemptions: nullable(int),
});
const decodeCoupon = rowOf({
  id: text,
  family: text,
  name: text,
  category: json,
  active: bool,
  exclusive: bool,
  localizedTimezone: bool,
  validFrom: text,
  validTo: nullable(text),
  currencies: json,
  stores: json,
  consumers: json,
  channels: json,
  segment: json,
  createdAt: date,
  maxRedemptions: nullable(int),
  redemptions: int,
  limits: json,
});
export type CodeWithCoupon = { code: ReturnType<typeof decodeCode>; coupon: OfferRow | null };

const CODE_COLUMNS = `c."id" AS "codeId", c."code", c."offerId" AS "codeOfferId", c."active" AS "codeActive", c."redemptions" AS "codeRedemptions", c."maxRedemptions" AS "codeMaxRedemptions", ${OFFER_COLUMNS}`;
const LIVE_COUPON = `LEFT JOIN "Offer" o ON o."id" = c."offerId" AND o."tenantId" = c."tenantId" AND o."family" = 'coupon' AND o."archivedAt" IS NULL AND o."unpublished" = false`;

const codeWithCoupon = (row: Row): CodeWithCoupon => ({ code: decodeCode(row), coupon: row.id === null ? null : decodeCoupon(row) });

/** The codes by the (tenantId, code) unique index, each with its live coupon, in one read. */
export async function findCodesWithCoupons(client: Statements, tenantId: string, codes: readonly string[]): Promise<CodeWithCoupon[]> {
  const rows = await client.all(
    `SELECT ${CODE_COLUMNS}
     FROM "CouponCode" c
     ${LIVE_COUPON}
     WHERE c."tenantId" = ? AND c."code" IN (${placeholders(codes.length)})`,
    [tenantId, ...codes],
    { prepared: true },
  );
  return rows.map(codeWithCoupon);
}

const CONTEXT_COLUMNS = `t."offersRevision", t."timeZone", s."timeZone" AS "storeZone", cu."id" AS "customerId", cu."segments"`;
const CONTEXT_JOINS = `LEFT JOIN "Store" s ON s."tenantId" = t."id" AND s."id" = ?
     LEFT JOIN "Customer" cu ON cu."tenantId" = t."id" AND cu."id" = ?`;

const decodeCartContext = rowOf({
  offersRevision: int,
  timeZone: text,
  storeZone: nullable(text),
  customerId: nullable(text),
  segments: json,
});
export type CartContextRow = ReturnType<typeof decodeCartContext>;
const decodeTokenActive = rowOf({ tokenActive: bool });

/** The context's columns, led by the token's liveness when the read carries a pending check (lib/auth/token-liveness.ts). */
function contextSelect(tokenHash: string | null): { columns: string; params: string[] } {
  return tokenHash === null
    ? { columns: CONTEXT_COLUMNS, params: [] }
    : { columns: `${tokenActiveColumn(`t."id"`)}, ${CONTEXT_COLUMNS}`, params: [tokenHash] };
}

/** What the read saw of the token: null when it carried no check; false too when the tenant is gone. */
const tokenActiveIn = (rows: Row[], tokenHash: string | null): boolean | null =>
  tokenHash === null ? null : rows[0] !== undefined && decodeTokenActive(rows[0]).tokenActive;

export type CartContextRead = { context: CartContextRow | null; tokenActive: boolean | null };

/**
 * The tenant's offer revision and zone, the store's zone and the customer's segments, in one read;
 * null when the tenant is gone. `tokenHash`: a pending liveness check the read carries.
 */
export async function findCartContext(
  client: Statements,
  tenantId: string,
  storeId: string | null,
  customerId: string | null,
  tokenHash: string | null = null,
): Promise<CartContextRead> {
  const select = contextSelect(tokenHash);
  const rows = await client.all(
    `SELECT ${select.columns} FROM "Tenant" t ${CONTEXT_JOINS} WHERE t."id" = ?`,
    [...select.params, storeId, customerId, tenantId],
    { prepared: true },
  );
  return { context: rows[0] ? decodeCartContext(rows[0]) : null, tokenActive: tokenActiveIn(rows, tokenHash) };
}

/**
 * findCartContext and findCodesWithCoupons in one read (every cart and every redemption needs both, and
 * on PostgreSQL each statement is a round trip): one row per code found, each with the context, or one
 * row of context alone when none is.
 */
export async function findCartContextWithCodes(
  client: Statements,
  tenantId: string,
  storeId: string | null,
  customerId: string | null,
  codes: readonly string[],
  tokenHash: string | null = null,
): Promise<CartContextRead & { codes: CodeWithCoupon[] }> {
  if (codes.length === 0) return { ...(await findCartContext(client, tenantId, storeId, customerId, tokenHash)), codes: [] };
  const select = contextSelect(tokenHash);
  const rows = await client.all(
    `SELECT ${select.columns}, ${CODE_COLUMNS} FROM "Tenant" t
     ${CONTEXT_JOINS}
     LEFT JOIN "CouponCode" c ON c."tenantId" = t."id" AND c."code" IN (${placeholders(codes.length)})
     ${LIVE_COUPON}
     WHERE t."id" = ?`,
    [...select.params, storeId, customerId, ...codes, tenantId],
    { prepared: true },
  );
  return {
    context: rows[0] ? decodeCartContext(rows[0]) : null,
    tokenActive: tokenActiveIn(rows, tokenHash),
    codes: rows.filter((row) => row.codeId !== null).map(codeWithCoupon),
  };
}
