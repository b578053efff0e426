// Shapes of the conflict analyzer (issue 16 part 2). The analysis is pure: plain data in (offers with
// their code facts, the catalog, stores, the exclusion list, the moment, the threshold), findings out.
import type { CartRequest, CodeState, Offer } from "@/lib/pricing";

/** What the analyzer knows about a coupon's codes: how many are active, and one code of each state to put in a cart. */
export type CouponCodeFacts = {
  activeCount: number;
  /** An active code that can still be redeemed (its own limit not reached). */
  usable?: CodeState;
  /** A code that is switched off, for the "no active codes" counter-example. */
  inactive?: CodeState;
};

export type AnalyzedOffer = {
  offer: Offer;
  /** True for a version that is not live yet (a new offer saved as a draft, or the draft being published). */
  draft: boolean;
  /** Coupons only. */
  codes?: CouponCodeFacts;
  /** Offers with limits: the usage counters of the current limit window (contract §7). */
  usage?: LimitUsage;
};

/** An offer's usage in the current limit window: orders that used it, and discount given per currency (minor units). */
export type LimitUsage = {
  /** The window's first local day ("" without a window: the offer's lifetime). */
  windowKey: string;
  uses: number;
  spentMinor: Record<string, number>;
};

export type CatalogProduct = {
  id: string;
  categories: string[];
  attributes: Record<string, string>;
  /** Minor units per currency code. */
  prices: Record<string, number>;
};

export type AnalysisInput = {
  offers: AnalyzedOffer[];
  products: CatalogProduct[];
  stores: { id: string; timeZone: string | null }[];
  exclusionList: string[];
  /** ISO instant: the analysis never reads the clock. */
  now: string;
  tenantTimeZone: string;
  /** Worst-case stacking is flagged above this share of the cart, in percent. */
  stackingThresholdPercent: number;
};

export const FINDING_KINDS = ["stacking", "exclusive_collision", "dead_offer", "overlap"] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const DEAD_REASONS = [
  "all_products_excluded",
  "minimum_unreachable",
  "shadowed",
  "expired",
  "no_active_codes",
  "limit_used_up",
] as const;
export type DeadReason = (typeof DEAD_REASONS)[number];

export type Finding = {
  /** Stable across runs for the same problem: kind, reason and the offers involved. */
  id: string;
  kind: FindingKind;
  reason: DeadReason | null;
  /** The offers involved; for a dead offer the dead one first, then the one that causes it (shadowed). */
  offerIds: string[];
  /** Exclusive collisions: the offer §4.8 keeps on the counter-example; null elsewhere. */
  winnerId: string | null;
  /** Stacking: the discount share of the counter-example, in percent (two decimals); null elsewhere. */
  sharePercent: number | null;
  message: string;
  /** A §4 request that shows the problem when priced by lib/pricing (and in the simulator). */
  cart: CartRequest;
};
