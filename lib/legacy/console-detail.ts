// What the console's definition and coupon pages show beyond the v0 answers: the pattern's capacity, the
// coupons used and enabled, the odds a guesser with a million tries finds a live code, the generation
// jobs, and a coupon's effective rules (its definition's combined with its own, reference §11.6).
import { formatChance } from "@/lib/codes/pattern";
import { toImportView, type CodeImportView } from "@/lib/codes/views";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { toMajor } from "@/lib/money/currency";
import { compileCodePattern, guessChance } from "@/lib/legacy/code-pattern";
import { combineRules, type EffectiveRules } from "@/lib/legacy/combine-rules";
import { templateHasDiscount } from "@/lib/legacy/coupon-discount";
import {
  countTemplateCoupons,
  findCoupon,
  findDiscountRule,
  findTemplate,
  findTemplateJob,
  templateCouponStats,
  templateJobs,
} from "@/lib/legacy/queries";
import type { ValidationRule } from "@/lib/legacy/schemas";
import { readRules, toDiscountRuleView, toLegacyCouponView, type DiscountRuleView, type LegacyCouponView } from "@/lib/legacy/views";
import { readStringList } from "@/lib/catalog/products/product-view";

export const GUESS_TRIES = 1_000_000;

export type TemplateDetail = {
  id: string;
  kind: "definition" | "template";
  label: string;
  pattern: string;
  validationRules: ValidationRule[];
  channelTypes: string[];
  maxRedemptions: number | null;
  discountRule: DiscountRuleView | null;
  /** A template's amount, major units. */
  amount: { value: number; currency: string } | null;
  canGenerate: boolean;
  capacity: string;
  couponsCount: number;
  enabledCount: number;
  redemptions: number;
  remaining: string;
  /** "1 in 12,345" — the chance that GUESS_TRIES random codes of the pattern hit an enabled coupon. */
  guessOdds: string;
  jobs: CodeImportView[];
  createdAt: string;
};

export async function getTemplateDetail(tenantId: string, id: string): Promise<TemplateDetail> {
  const row = await findTemplate(db(), tenantId, id);
  if (!row) throw AppError.notFound(`Coupon definition ${id}`);
  const [counts, stats, rule, jobs] = await Promise.all([
    countTemplateCoupons(db(), tenantId, [id]),
    templateCouponStats(db(), tenantId, id),
    row.discountRuleId ? findDiscountRule(db(), tenantId, row.discountRuleId) : null,
    templateJobs(db(), tenantId, id),
  ]);
  const compiled = compileCodePattern(row.pattern);
  const capacity = compiled.ok ? compiled.pattern.capacity : 0n;
  const couponsCount = counts.get(id) ?? 0;
  return {
    id: row.id,
    kind: row.kind as TemplateDetail["kind"],
    label: row.label,
    pattern: row.pattern,
    validationRules: readRules(row.validationRules),
    channelTypes: readStringList(row.channelTypes),
    maxRedemptions: row.maxRedemptions,
    discountRule: rule ? toDiscountRuleView(rule) : null,
    amount: row.amount !== null && row.currency ? { value: toMajor(row.amount, row.currency), currency: row.currency } : null,
    canGenerate: templateHasDiscount(row),
    capacity: capacity.toString(),
    couponsCount,
    enabledCount: stats.enabled,
    redemptions: stats.redemptions,
    remaining: (capacity > BigInt(couponsCount) ? capacity - BigInt(couponsCount) : 0n).toString(),
    guessOdds: formatChance(guessChance(BigInt(stats.enabled), capacity, GUESS_TRIES)),
    jobs: jobs.map(toImportView),
    createdAt: row.createdAt.toISOString(),
  };
}

/** A generation job of the tenant, for the console's progress bar. */
export async function getGenerationJob(tenantId: string, jobId: string): Promise<CodeImportView> {
  const row = await findTemplateJob(db(), tenantId, jobId);
  if (!row) throw AppError.notFound(`Generation ${jobId}`);
  return toImportView(row);
}

export type CouponDetail = {
  coupon: LegacyCouponView;
  templateId: string;
  templateKind: string;
  templateRules: ValidationRule[];
  effective: EffectiveRules | null;
  /** Why the own rules no longer combine (only if rows were changed behind the API's back). */
  conflicts: string[];
};

export async function getCouponDetail(tenantId: string, id: string): Promise<CouponDetail> {
  const coupon = await findCoupon(db(), tenantId, id);
  if (!coupon) throw AppError.notFound(`Coupon ${id}`);
  const template = (await findTemplate(db(), tenantId, coupon.templateId))!;
  const templateRules = readRules(template.validationRules);
  const combined = combineRules(templateRules, readRules(coupon.validationRules));
  return {
    coupon: toLegacyCouponView(coupon),
    templateId: template.id,
    templateKind: template.kind,
    templateRules,
    effective: combined.ok ? combined.rules : null,
    conflicts: combined.ok ? [] : combined.causes.map((c) => c.message),
  };
}
