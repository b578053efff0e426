// POST /api/v1/pos/coupon-rules/evaluate and the Cart Simulator's "This sale would print" panel:
// loads what the pure print decision needs (rules, the store's group and clock, the customer).
// Unknown stores and customers are not errors, as in pricing: a till may name a store the catalog
// does not hold yet; rules restricted to a group then simply do not match.
import { db } from "@/lib/db/client";
import { toCouponRuleView } from "@/lib/pos/coupon-rule-view";
import { localClock } from "@/lib/pos/local-clock";
import { decidePrints } from "@/lib/pos/print-decision";
import type { EvaluateSaleInput } from "@/lib/pos/schemas";
import { MAIN_CURRENCY, toMajor } from "@/lib/money/currency";
import type { SaleEvaluationView } from "@/lib/pos/view-schemas";

export type SaleEvaluation = SaleEvaluationView;

export async function evaluateSale(tenantId: string, input: EvaluateSaleInput, now = new Date()): Promise<SaleEvaluation> {
  const at = input.at ? new Date(input.at) : now;
  const client = db();
  const [rules, clock, customer] = await Promise.all([
    client.posCouponRule.findMany({ where: { tenantId, printedAutomaticallyInPOS: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    localClock(client, tenantId, input.storeId, at),
    input.customerId
      ? client.customer.findUnique({
          where: { tenantId_id: { tenantId, id: input.customerId } },
          select: { lifetimePurchaseTotal: true, rewardPoints: true },
        })
      : Promise.resolve(null),
  ]);
  const localDate = clock.nowLocal.slice(0, 10);
  const coupons = decidePrints(rules.map(toCouponRuleView), {
    storeId: input.storeId,
    storeGroupId: clock.storeGroupId,
    localDate,
    saleTotal: input.saleTotal,
    rewardPointsEarned: input.rewardPointsEarned ?? 0,
    customer: customer
      ? { lifetimePurchaseTotal: toMajor(customer.lifetimePurchaseTotal, MAIN_CURRENCY), rewardPoints: customer.rewardPoints }
      : null,
  });
  return { storeId: input.storeId, localDate, coupons };
}
