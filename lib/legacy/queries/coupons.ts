// Coupons: CouponCode rows whose offerId is a LegacyTemplate id, plus a LegacyCoupon row when they carry a
// label, rules or a discount of their own.
import { newCodeId } from "@/lib/codes/code-id";
import type { Db, Tx } from "@/lib/db/client";
import { Prisma, type LegacyCoupon, type LegacyTemplate } from "@/lib/generated/sqlite/client";
import { findDiscountRule } from "@/lib/legacy/queries/discount-rules";
import type { CouponRow } from "@/lib/legacy/views";

type Client = Db | Tx;

/** Which of `codes` the tenant already holds, v1 or v0. */
export async function takenCodes(client: Client, tenantId: string, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await client.couponCode.findMany({ where: { tenantId, code: { in: [...codes] } }, select: { code: true } });
  return new Set(rows.map((r) => r.code));
}

export type CouponDetail = CouponRow & { templateId: string; own: LegacyCoupon | null };

async function withTemplates(
  client: Client,
  tenantId: string,
  codes: {
    id: string;
    offerId: string;
    code: string;
    active: boolean;
    redemptions: number;
    maxRedemptions: number | null;
    createdAt: Date;
  }[],
): Promise<CouponDetail[]> {
  if (codes.length === 0) return [];
  const [templates, owns] = await Promise.all([
    client.legacyTemplate.findMany({
      where: { tenantId, id: { in: [...new Set(codes.map((c) => c.offerId))] } },
      select: { id: true, label: true },
    }),
    client.legacyCoupon.findMany({ where: { tenantId, id: { in: codes.map((c) => c.id) } } }),
  ]);
  const labels = new Map(templates.map((t) => [t.id, t.label]));
  const ownById = new Map(owns.map((o) => [o.id, o]));
  // A code whose offerId names no template is a v1 code: not a legacy coupon.
  return codes.flatMap((code) => {
    const templateLabel = labels.get(code.offerId);
    if (templateLabel === undefined) return [];
    const own = ownById.get(code.id) ?? null;
    return [
      {
        id: code.id,
        code: code.code,
        active: code.active,
        redemptions: code.redemptions,
        maxRedemptions: code.maxRedemptions,
        createdAt: code.createdAt,
        templateId: code.offerId,
        templateLabel,
        label: own?.label ?? null,
        validationRules: own?.validationRules ?? [],
        own,
      },
    ];
  });
}

const CODE_COLUMNS = {
  id: true,
  offerId: true,
  code: true,
  active: true,
  redemptions: true,
  maxRedemptions: true,
  createdAt: true,
} as const;

export async function findCoupon(client: Client, tenantId: string, id: string): Promise<CouponDetail | null> {
  const code = await client.couponCode.findFirst({ where: { id, tenantId }, select: CODE_COLUMNS });
  return code ? ((await withTemplates(client, tenantId, [code]))[0] ?? null) : null;
}

export type CouponFilter = { codes?: readonly string[]; templateId?: string; codePrefix?: string; enabled?: boolean };

/** Coupons by code, template, code prefix or enable flag, newest first. Without a template, codes must be given. */
export async function listCoupons(
  client: Client,
  tenantId: string,
  filter: CouponFilter,
  page: { skip: number; take: number },
): Promise<{ rows: CouponDetail[]; total: number }> {
  const where: Prisma.CouponCodeWhereInput = {
    tenantId,
    ...(filter.templateId ? { offerId: filter.templateId } : {}),
    ...(filter.codes ? { code: { in: [...filter.codes] } } : {}),
    ...(filter.codePrefix ? { code: { startsWith: filter.codePrefix } } : {}),
    ...(filter.enabled !== undefined ? { active: filter.enabled } : {}),
  };
  if (!filter.templateId) {
    // By code across templates: the code index finds them, then only legacy ones count.
    const rows = await withTemplates(
      client,
      tenantId,
      await client.couponCode.findMany({ where, select: CODE_COLUMNS, orderBy: { code: "asc" } }),
    );
    return { rows: rows.slice(page.skip, page.skip + page.take), total: rows.length };
  }
  const [codes, total] = await Promise.all([
    client.couponCode.findMany({ where, select: CODE_COLUMNS, orderBy: [{ createdAt: "desc" }, { id: "asc" }], ...page }),
    client.couponCode.count({ where }),
  ]);
  return { rows: await withTemplates(client, tenantId, codes), total };
}

export type NewCouponOwn = {
  label: string | null;
  validationRules: unknown[];
  discountRuleId: string | null;
  amount: number | null;
  currency: string | null;
};

export function hasOwnFacts(own: NewCouponOwn): boolean {
  return own.label !== null || own.validationRules.length > 0 || own.discountRuleId !== null || own.amount !== null;
}

export async function saveCouponOwn(tx: Tx, tenantId: string, couponId: string, templateId: string, own: NewCouponOwn): Promise<void> {
  const data = {
    label: own.label,
    validationRules: own.validationRules as Prisma.InputJsonValue,
    discountRuleId: own.discountRuleId,
    amount: own.amount,
    currency: own.currency,
  };
  await tx.legacyCoupon.upsert({ where: { id: couponId }, create: { id: couponId, tenantId, templateId, ...data }, update: data });
}

export function setCouponEnabled(tx: Tx, tenantId: string, couponId: string, enabled: boolean) {
  return tx.couponCode.updateMany({ where: { id: couponId, tenantId }, data: { active: enabled } });
}

/**
 * New coupons of a template: one code row each (ON CONFLICT skips a code another writer took meanwhile).
 * Answers the rows written, which may be fewer than `codes`.
 */
export async function insertCouponCodes(
  tx: Tx,
  tenantId: string,
  templateId: string,
  codes: readonly string[],
  maxRedemptions: number | null,
  now: Date,
): Promise<{ id: string; code: string }[]> {
  const written: { id: string; code: string }[] = [];
  for (const slice of slices(codes, INSERT_ROWS)) {
    const rows = slice.map(
      (code) => Prisma.sql`(${newCodeId()}, ${tenantId}, ${templateId}, ${code}, ${true}, 0, ${maxRedemptions}, NULL, ${now})`,
    );
    written.push(
      ...(await tx.$queryRaw<{ id: string; code: string }[]>(Prisma.sql`
        INSERT INTO "CouponCode" ("id", "tenantId", "offerId", "code", "active", "redemptions", "maxRedemptions", "importId", "createdAt")
        VALUES ${Prisma.join(rows)}
        ON CONFLICT ("tenantId", "code") DO NOTHING
        RETURNING "id", "code"`)),
    );
  }
  return written;
}

// Prisma's SQLite client refuses a statement with more than 999 bound values (P2029), whatever the
// driver allows: an IN list of codes and a multi-row INSERT stay below it.
const IN_LIST = 500;
const INSERT_ROWS = 100;

function slices<T>(values: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

/** Every code of the tenant among `codes`, in IN lists of at most IN_LIST. */
export async function takenAmong(client: Client, tenantId: string, codes: readonly string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (const slice of slices(codes, IN_LIST)) for (const code of await takenCodes(client, tenantId, slice)) taken.add(code);
  return taken;
}

/** The currency a coupon's discount is taken in: its own discount's, else its template's (rule or amount). */
export async function couponCurrency(
  client: Client,
  tenantId: string,
  template: Pick<LegacyTemplate, "discountRuleId" | "currency">,
  own: Pick<LegacyCoupon, "discountRuleId" | "currency"> | null,
): Promise<string | null> {
  if (own?.currency) return own.currency;
  const ruleId = own?.discountRuleId ?? template.discountRuleId;
  if (ruleId) return (await findDiscountRule(client, tenantId, ruleId))?.currency ?? null;
  return template.currency;
}
