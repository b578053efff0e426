// Every difference between two results of one scenario (an expectation and an actual result, or the live
// result and the draft's), in plain words: each changed line discount, total and rejection (contract §8).
// Pure and client-safe. Lines are compared by position (both results price the same request); a discount
// is the same when it comes from the same offer (and, for coupons, the same code).
import { formatWithCode, toMinor } from "@/lib/money/currency";
import type { Difference, Expectation, ExpectedDiscount } from "@/lib/scenarios/schemas";

type Totals = Expectation["totals"];
const TOTAL_LABELS: Record<keyof Totals, string> = { subtotal: "Subtotal", discount: "Discount", shipping: "Shipping", total: "Total" };

function money(amount: number, currency: string): string {
  return formatWithCode(toMinor(amount, currency), currency);
}

const keyOf = (d: ExpectedDiscount) => `${d.source}\u0000${d.id}\u0000${d.couponCode ?? ""}`;

function offerName(d: ExpectedDiscount): string {
  return d.couponCode !== undefined ? `“${d.name}” (code ${d.couponCode})` : `“${d.name}”`;
}

function reasonInWords(reason: string): string {
  return reason.replace(/_/g, " ");
}

/** The discounts of one line (or of shipping) that differ, each worded with `where` ("Line 2 (SHOE-1)", "Shipping"). */
function discountDifferences(
  before: readonly ExpectedDiscount[],
  after: readonly ExpectedDiscount[],
  where: string,
  currency: string,
  base: Pick<Difference, "kind" | "line" | "productId">,
): Difference[] {
  const beforeByKey = new Map(before.map((d) => [keyOf(d), d]));
  const afterByKey = new Map(after.map((d) => [keyOf(d), d]));
  const keys = [...new Set([...beforeByKey.keys(), ...afterByKey.keys()])];
  const differences: Difference[] = [];
  for (const key of keys) {
    const was = beforeByKey.get(key);
    const now = afterByKey.get(key);
    if (was && now && was.amount === now.amount) continue;
    const offer = (now ?? was)!;
    const message = !now
      ? `${where}: ${offerName(offer)} no longer applies (was ${money(was!.amount, currency)})`
      : !was
        ? `${where}: ${offerName(offer)} now applies: ${money(now.amount, currency)}`
        : `${where}: ${offerName(offer)} ${money(was.amount, currency)} → ${money(now.amount, currency)}`;
    differences.push({
      ...base,
      offerId: offer.id,
      ...(offer.couponCode !== undefined ? { couponCode: offer.couponCode } : {}),
      before: was?.amount ?? null,
      after: now?.amount ?? null,
      message,
    });
  }
  return differences;
}

function rejectionDifferences(before: Expectation["rejectedCouponCodes"], after: Expectation["rejectedCouponCodes"]): Difference[] {
  const was = new Map(before.map((r) => [r.code, r.reason]));
  const now = new Map(after.map((r) => [r.code, r.reason]));
  const differences: Difference[] = [];
  for (const code of [...new Set([...was.keys(), ...now.keys()])]) {
    const a = was.get(code) ?? null;
    const b = now.get(code) ?? null;
    if (a === b) continue;
    const message =
      a === null
        ? `Code ${code} is now rejected: ${reasonInWords(b!)}`
        : b === null
          ? `Code ${code} is no longer rejected (was ${reasonInWords(a)})`
          : `Code ${code} is rejected for another reason: ${reasonInWords(a)} → ${reasonInWords(b)}`;
    differences.push({ kind: "rejection", couponCode: code, before: a, after: b, message });
  }
  return differences;
}

/** Every difference from `before` to `after`; empty when the results are the same. */
export function diffResults(before: Expectation, after: Expectation): Difference[] {
  const currency = after.currency;
  const differences: Difference[] = [];
  const lines = Math.max(before.lines.length, after.lines.length);
  for (let i = 0; i < lines; i++) {
    const was = before.lines[i];
    const now = after.lines[i];
    const productId = (now ?? was)!.productId;
    const where = `Line ${i + 1} (${productId})`;
    const base = { kind: "line_discount" as const, line: i + 1, productId };
    const found = discountDifferences(was?.discounts ?? [], now?.discounts ?? [], where, currency, base);
    differences.push(...found);
    // The discounts explain a new line price; say it only when they do not (a line that is not there any more).
    if (found.length === 0 && (was?.finalPrice ?? null) !== (now?.finalPrice ?? null)) {
      const a = was?.finalPrice ?? null;
      const b = now?.finalPrice ?? null;
      differences.push({
        kind: "line_total",
        line: i + 1,
        productId,
        before: a,
        after: b,
        message: `${where}: line total ${a === null ? "none" : money(a, currency)} → ${b === null ? "none" : money(b, currency)}`,
      });
    }
  }
  differences.push(
    ...discountDifferences(before.shippingDiscounts, after.shippingDiscounts, "Shipping", currency, { kind: "shipping_discount" }),
  );
  for (const field of Object.keys(TOTAL_LABELS) as (keyof Totals)[]) {
    const a = before.totals[field];
    const b = after.totals[field];
    if (a === b) continue;
    differences.push({
      kind: "total",
      field,
      before: a,
      after: b,
      message: `${TOTAL_LABELS[field]}: ${money(a, currency)} → ${money(b, currency)}`,
    });
  }
  differences.push(...rejectionDifferences(before.rejectedCouponCodes, after.rejectedCouponCodes));
  return differences;
}
