// "The carts of the last N days" (contract §8, issue 16): a redemption that carries its order's `cart`
// keeps it, as the §4 request the order was priced with (its codes, customer, store and channel; no `at`,
// so a batch run prices it at the run's moment), once per order, in the redemption's transaction.
import { orderCartStatement } from "@/lib/batch/ledger-queries";
import type { CartRequestInput } from "@/lib/carts/schemas";
import type { Statements } from "@/lib/db/driver";
import { writeTogether, type IdStatement } from "@/lib/db/write-together";
import type { RedeemCodesInput } from "@/lib/redemptions/schemas";

/** The order's cart as lib/redemptions/price-order.ts prices it, with every code of the order. */
export function orderCartRequest(input: RedeemCodesInput, cart: CartRequestInput): CartRequestInput {
  const { at: _at, ...rest } = cart;
  return {
    ...rest,
    ...(input.codes.length ? { couponCodes: [...input.codes] } : {}),
    ...(input.consumerId !== undefined ? { customerId: input.consumerId } : {}),
    ...(input.storeId !== undefined ? { storeId: input.storeId } : {}),
    ...(input.channelType !== undefined ? { channelType: input.channelType } : {}),
  };
}

/** The write recordOrderCart makes (null without a cart), to send with the ledger's other writes (record-uses.ts). */
export function orderCartWrite(
  dialect: Statements["dialect"],
  tenantId: string,
  input: RedeemCodesInput,
  now: Date,
  valueMinor: number | null,
): IdStatement | null {
  return input.cart ? orderCartStatement(dialect, tenantId, input.orderId, orderCartRequest(input, input.cart), now, valueMinor) : null;
}

/** Keeps the order's cart when the call carried one (a no-op otherwise). */
export async function recordOrderCart(
  tx: Statements,
  tenantId: string,
  input: RedeemCodesInput,
  now: Date,
  /** The order's value when the call used no offer (null otherwise: its ledger rows carry it), for analytics. */
  valueMinor: number | null,
): Promise<void> {
  const write = orderCartWrite(tx.dialect, tenantId, input, now, valueMinor);
  if (write) await writeTogether(tx, [write]);
}
