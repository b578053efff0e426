// The ledger rows (contract §7) one redemption call writes: one per code (a POS serial's is its
// campaign's, offerType pos_campaign), and one per automatic promotion the order's cart got (code "",
// no codeId), each with its limits, the discount in minor units and the limit window it counts in. Pure: redeem-codes.ts reads what these need.
import type { LoadedCodes } from "@/lib/carts/load-coupon-codes";
import { hasLimits, type Limits } from "@/lib/limits/schemas";
import { windowKey } from "@/lib/limits/window-key";
import type { AppliedPromotion, PricedOrder } from "@/lib/redemptions/price-order";
import type { NewRedemption } from "@/lib/redemptions/queries";

export type LedgerRow = NewRedemption & {
  /** A legacy coupon counts on its code only (no coupon-wide counter). */
  legacy: boolean;
  limits: Limits | null;
  /** The promotion's name, for a refusal's message; "" for codes. */
  name: string;
};

type OrderFacts = {
  consumerId: string | null;
  channelType: string | null;
  storeId: string | null;
  catalogTotal: number | null;
  currency: string | null;
  nowMs: number;
  tenantZone: string;
};

const limitsOrNull = (limits: Limits | null | undefined): Limits | null => (hasLimits(limits) ? limits : null);
const keyOf = (limits: Limits | null, facts: OrderFacts) => (limits ? windowKey(limits.window, facts.nowMs, facts.tenantZone) : null);

/** The coupon limits behind a code (null when it has none). */
export function codeLimits(loaded: LoadedCodes, code: string): Limits | null {
  return limitsOrNull(loaded.coupons.find((c) => c.id === loaded.codes[code].offerId)?.limits);
}

export function codeRows(codes: readonly string[], loaded: LoadedCodes, priced: PricedOrder | null, facts: OrderFacts): LedgerRow[] {
  return codes.map((code) => {
    const state = loaded.codes[code];
    const limits = codeLimits(loaded, code);
    const legacy = state.definitionId !== undefined;
    const serial = state.campaignId !== undefined;
    return {
      code,
      // A POS serial has no CouponCode row: the paper coupon itself is taken (lib/pos/queries.ts).
      codeId: serial ? null : state.id,
      // A legacy coupon is its own engine offer; its redemption is recorded against its definition, and a
      // POS serial's against its campaign, whose limits count every coupon of it (the engine's usageId).
      offerId: state.definitionId ?? state.campaignId ?? state.offerId,
      legacy,
      offerType: legacy ? "legacy_coupon" : serial ? "pos_campaign" : "coupon",
      limits,
      name: "",
      consumerId: facts.consumerId,
      channelType: facts.channelType,
      storeId: facts.storeId,
      catalogTotal: facts.catalogTotal,
      currency: facts.currency,
      amount: priced ? (priced.amounts.get(code) ?? 0) : null,
      windowKey: keyOf(limits, facts),
    };
  });
}

export function promotionRows(promotions: readonly AppliedPromotion[], facts: OrderFacts): LedgerRow[] {
  return promotions.map((p) => {
    const limits = limitsOrNull(p.limits);
    return {
      code: "",
      codeId: null,
      offerId: p.offerId,
      legacy: false,
      offerType: "promotion",
      limits,
      name: p.name,
      consumerId: facts.consumerId,
      channelType: facts.channelType,
      storeId: facts.storeId,
      catalogTotal: facts.catalogTotal,
      currency: facts.currency,
      amount: p.amount,
      windowKey: keyOf(limits, facts),
    };
  });
}
