// The part of a redemption that runs inside its transaction, shared by POST /api/v1/coupons/redemptions
// (redeem-codes.ts) and the till's redemption of a printed coupon by serial (lib/pos/redeem-issued-coupon.ts),
// so the ledger has one writer: the ledger rows, their audit events and redemption.created events (the
// outbox, contract §9) in one INSERT each, and the counters in one conditional statement each — the
// codes', the coupons', the printed coupons' (ACTIVE → REDEEMED) and the usage counters of lib/limits —
// checked by the rows they changed, so no number of concurrent requests can go over a limit. After the
// ledger rows, the audit rows, events and the codes', coupons' and usage counters go in one round trip
// (lib/db/write-together.ts). The shared counter rows are updated last, so their locks are held for the
// shortest time. recordNewUses writes a new order's rows and counters at once, with no transaction.
import type { Actor } from "@/lib/auth/actor";
import { auditEventsStatement } from "@/lib/audit/queries";
import type { Driver, Statements } from "@/lib/db/driver";
import {
  idsOf,
  writeAllOrNone,
  writeTogether,
  WritesRefused,
  type Expectation,
  type IdStatement,
  type Write,
} from "@/lib/db/write-together";
import { crossedThresholds, thresholdEvents, thresholdGuard } from "@/lib/limits/budget-thresholds";
import { takesOf, reasonOfScope } from "@/lib/limits/plan-usage";
import { takeUsage, usageTakeWrite, type UsageTakeResult } from "@/lib/limits/queries";
import { outboxEventsStatement } from "@/lib/outbox/queries";
import { recordOutboxEvents } from "@/lib/outbox/record-outbox-event";
import { takeIssuedCoupons, type TillFacts } from "@/lib/pos/queries";
import type { LedgerRow } from "@/lib/redemptions/ledger-rows";
import {
  codeUsesStatement,
  couponUsesStatement,
  insertRedemptions,
  redemptionsInsert,
  type RedemptionRow,
} from "@/lib/redemptions/queries";
import { toRedemptionView } from "@/lib/redemptions/redemption-view";
import { refusal } from "@/lib/redemptions/refusal";

/**
 * A concurrent call of the same (orderId, offer, code) committed first: roll back and answer what it
 * recorded. recordNewUses throws it too, for anything its caller should try again the transaction's way.
 */
export class ConcurrentRetry extends Error {}

type OfferType = "coupon" | "legacy_coupon" | "promotion" | "pos_campaign";

type Uses = {
  orderId: string;
  wanted: readonly LedgerRow[];
  /** The codes of the call, in request order (a refusal names `codes[i]`). */
  codes: readonly string[];
  /** Where the printed coupons among the codes were redeemed. */
  till: TillFacts;
  /** A reservation's rows are inserted `reserved` under its id, and take no printed coupon (contract §7). */
  reservationId: string | null;
  now: Date;
  /** The caller's own writes that depend on nothing else of the transaction (the order's cart), sent with the ledger's. */
  alongside?: readonly IdStatement[];
};

/** The rows that take a code's use, and each coupon's number of uses among them. */
function codeTakes(wanted: readonly LedgerRow[]) {
  const withCode = wanted.filter((r) => r.codeId !== null);
  const usesPerCoupon = new Map<string, number>();
  // Legacy coupons have no coupon-wide counter: max_redemptions caps each coupon, on its code row.
  for (const r of withCode) if (!r.legacy) usesPerCoupon.set(r.offerId, (usesPerCoupon.get(r.offerId) ?? 0) + 1);
  return { withCode, usesPerCoupon };
}

/**
 * What the ledger's other writes took: each row with a code and whether its code's and coupon's counters
 * took it (`codesTaken`, `couponsTaken`), and the usage counters unless left to takeCounters (null).
 */
type TakenWithWrites = {
  withCode: readonly LedgerRow[];
  codesTaken: ReadonlySet<string>;
  couponsTaken: ReadonlySet<string>;
  usage: UsageTakeResult | null;
};

/**
 * Takes the rest of the new rows' counters (the printed coupons' `serials`, and the usage counters' when
 * `usage` is null); a limit reached by a concurrent order since the checks refuses the whole order.
 */
async function takeCounters(tx: Statements, tenantId: string, uses: Uses, serials: readonly string[], took: TakenWithWrites) {
  const { withCode, codesTaken, couponsTaken } = took;
  const { wanted, codes, now } = uses;
  // Conditional updates: a limit reached by a concurrent checkout since the check above leaves the
  // code, coupon or printed coupon out of the answer, and the whole order rolls back.
  const serialsTaken = await takeIssuedCoupons(tx, tenantId, serials, uses.till, now);
  const short = [
    ...withCode.filter((r) => !codesTaken.has(r.codeId!) || (!r.legacy && !couponsTaken.has(r.offerId))),
    ...wanted.filter((r) => r.offerType === "pos_campaign" && !serialsTaken.has(r.code)),
  ];
  if (short.length > 0)
    throw refusal(
      short.map((r) => ({ code: r.code, reason: "redemption_limit_reached" as const })),
      codes,
    );
  const { refused, taken } = took.usage ?? (await takeUsage(tx, tenantId, wanted.flatMap(takesOf)));
  if (refused.length === 0) {
    const typeOf = new Map(wanted.map((r) => [r.offerId, r.offerType as OfferType]));
    await recordOutboxEvents(
      tx,
      thresholdEvents(tenantId, crossedThresholds(taken), (id) => typeOf.get(id) ?? "coupon"),
      now,
    );
    return;
  }
  const reasonOf = (r: LedgerRow) => {
    const hit = refused.find((t) => t.offerId === r.offerId);
    return hit ? reasonOfScope(hit.scope) : null;
  };
  // A row with a code (coupon, legacy coupon, printed coupon) is refused as its code; an automatic promotion as itself.
  const codeVerdicts = wanted
    .filter((r) => r.code !== "")
    .flatMap((r) => {
      const reason = reasonOf(r);
      return reason ? [{ code: r.code, reason }] : [];
    });
  const promotionVerdicts = wanted
    .filter((r) => r.code === "")
    .flatMap((r) => {
      const reason = reasonOf(r);
      return reason ? [{ offerId: r.offerId, name: r.name, reason }] : [];
    });
  throw refusal(codeVerdicts, codes, promotionVerdicts);
}

/** The writes that go with the ledger rows: their audit rows and events, and the codes', coupons' and usage counters. */
function companionWrites(dialect: Statements["dialect"], actor: Actor, uses: Uses, rows: readonly RedemptionRow[], usage: Write | null) {
  const tenantId = actor.tenantId;
  const held = uses.reservationId !== null;
  const events = rows.map((row) => ({
    action: held ? "reserve" : "redeem",
    objectType: "redemption",
    objectId: row.id,
    changes: { code: row.code, orderId: uses.orderId, couponId: row.offerId, offerType: row.offerType },
  }));
  // A held use gets its redemption.created event when the reservation is confirmed.
  const outbox = rows.map((row) => ({ tenantId, type: "redemption.created" as const, data: { redemption: toRedemptionView(row) } }));
  const { withCode, usesPerCoupon } = codeTakes(uses.wanted);
  const codeIds = [...new Set(withCode.map((r) => r.codeId!))];
  const codeWrite = codeIds.length > 0 ? codeUsesStatement(tenantId, codeIds) : null;
  const couponWrite = usesPerCoupon.size > 0 ? couponUsesStatement(tenantId, usesPerCoupon) : null;
  // The shared counter rows come last, so their locks are held the shortest.
  const writes = [
    ...(uses.alongside ?? []),
    auditEventsStatement(dialect, actor, events, uses.now),
    ...(held ? [] : [outboxEventsStatement(dialect, outbox, uses.now)]),
    ...[codeWrite, couponWrite, usage].filter((w) => w !== null),
  ];
  return { writes, withCode, codeWrite, couponWrite, codeIds, coupons: usesPerCoupon.size };
}

/** Writes the ledger rows of one call and takes their counters, in the caller's transaction; answers the rows written. */
export async function recordUses(tx: Statements, actor: Actor, uses: Uses): Promise<RedemptionRow[]> {
  const tenantId = actor.tenantId;
  const { wanted, now, reservationId } = uses;
  const rows = await insertRedemptions(tx, tenantId, uses.orderId, wanted, now, reservationId);
  if (rows.length !== wanted.length) throw new ConcurrentRetry();
  // The companion writes depend on nothing else this transaction writes: one round trip on PostgreSQL.
  // With printed coupons the usage counters wait for them (takeCounters), in the order those orders
  // have always locked them: the printed coupon, then the usage counters.
  const serials = wanted.filter((r) => r.offerType === "pos_campaign").map((r) => r.code);
  const usage = serials.length > 0 ? null : usageTakeWrite(tenantId, wanted.flatMap(takesOf));
  const { writes, withCode, codeWrite, couponWrite } = companionWrites(tx.dialect, actor, uses, rows, usage?.write ?? null);
  const answers = await writeTogether(tx, writes);
  const answerOf = (write: Write | null) => (write ? answers[writes.indexOf(write)] : []);
  await takeCounters(tx, tenantId, uses, serials, {
    withCode,
    codesTaken: new Set(idsOf(answerOf(codeWrite))),
    couponsTaken: new Set(idsOf(answerOf(couponWrite))),
    usage: usage ? usage.answer(answerOf(usage.write)) : null,
  });
  return rows;
}

/**
 * recordUses for an order taken to be new, with no reservation and no printed coupon, in one
 * all-or-none write (lib/db/write-together.ts: on PostgreSQL one statement and no transaction around
 * it). Anything that would make recordUses answer otherwise than "all taken" throws ConcurrentRetry
 * with nothing written, and the caller goes the transaction's way: a row of the order already there, a
 * counter at its limit, or a budget threshold crossed (whose event takeCounters writes).
 */
export async function recordNewUses(db: Driver, actor: Actor, uses: Uses): Promise<RedemptionRow[]> {
  const tenantId = actor.tenantId;
  const { wanted, now } = uses;
  if (uses.reservationId !== null || wanted.some((r) => r.offerType === "pos_campaign"))
    throw new Error("recordNewUses: reservations and printed coupons go through recordUses");
  const ledger = redemptionsInsert(db.dialect, tenantId, uses.orderId, wanted, now, null, "skip");
  const usage = usageTakeWrite(tenantId, wanted.flatMap(takesOf));
  if (usage.merged.length > 0 && !usage.write) throw new ConcurrentRetry();
  const { writes, codeWrite, couponWrite, codeIds, coupons } = companionWrites(db.dialect, actor, uses, ledger.rows, usage.write);
  const guard = thresholdGuard(usage.merged);
  const expectations: Expectation[] = [
    { write: ledger.write, rows: wanted.length },
    ...(codeWrite ? [{ write: codeWrite, rows: codeIds.length }] : []),
    ...(couponWrite ? [{ write: couponWrite, rows: coupons }] : []),
    ...(usage.write ? [{ write: usage.write, rows: usage.merged.length, ...(guard ? { none: guard } : {}) }] : []),
  ];
  try {
    await writeAllOrNone(db, [ledger.write, ...writes], expectations);
  } catch (error) {
    if (error instanceof WritesRefused) throw new ConcurrentRetry();
    throw error;
  }
  return ledger.rows;
}
