// Cart Simulator: which POS coupons the simulated sale would print (reference §9.8), for the cart's
// store and customer and its total after discounts. A server component: same service as
// POST /api/v1/pos/coupon-rules/evaluate.
import Link from "next/link";
import { Badge, Card } from "@/components/ui/page-header";
import type { CartRequestInput } from "@/lib/carts/schemas";
import { evaluateSale } from "@/lib/pos/evaluate-sale";
import type { DiscountedCart } from "@/lib/pricing";

export async function SalePrintPanel({ tenantId, request, cart }: { tenantId: string; request: CartRequestInput; cart: DiscountedCart }) {
  if (!request.storeId) {
    return (
      <Card title="POS coupons">
        <p className="text-sm text-slate-600" data-testid="sale-prints">
          Choose a store to see which POS coupons this sale would print.
        </p>
      </Card>
    );
  }
  const { coupons, localDate } = await evaluateSale(tenantId, {
    storeId: request.storeId,
    customerId: request.customerId ?? null,
    saleTotal: cart.totals.total,
    currency: request.currency,
    ...(request.at ? { at: request.at } : {}),
  });
  return (
    <Card title="POS coupons">
      <div data-testid="sale-prints" className="text-sm">
        {coupons.length === 0 ? (
          <p className="text-slate-600">
            This sale would print no POS coupon (store {request.storeId}, {localDate}, total {cart.totals.total} {cart.currency}).
          </p>
        ) : (
          <>
            <p className="text-slate-700">This sale would print:</p>
            <ul className="mt-2 space-y-1">
              {coupons.map((c) => (
                <li key={c.ruleId} className="flex flex-wrap items-center gap-2">
                  <Link className="font-medium text-indigo-700 hover:underline" href={`/pos/rules/${c.ruleId}`}>
                    {c.printedText}
                  </Link>
                  <Badge tone={c.action === "print" ? "green" : "amber"}>
                    {c.action === "print" ? "Prints automatically" : "Cashier is asked"}
                  </Badge>
                  {c.printingCostInRewardPoints > 0 ? (
                    <span className="text-xs text-slate-500">costs {c.printingCostInRewardPoints} reward points</span>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </Card>
  );
}
