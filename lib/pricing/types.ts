// Public data shapes of the pricing engine (contract §2 and §4). Money is in major units at this
// boundary; everything inside the engine works in integer minor units.

export type ProductFilter = {
  productIds?: string[];
  categories?: string[];
  attributes?: { key: string; values: string[] }[];
};

export type BuyGetSide = { quantity: number; products: ProductFilter };
export type BundleItem = { products: ProductFilter; quantity: number };

/** The categories of contract §2, which v1 coupons and promotions carry. */
export type OfferCategory =
  | { kind: "CartLevelPercentage"; discount: number; products?: ProductFilter }
  | { kind: "CartLevelFixed"; discount: number; products?: ProductFilter }
  | { kind: "ProductLevelPercentage"; discount: number; products: ProductFilter; maxQuantity?: number }
  | { kind: "ProductLevelFixed"; discount: number; products: ProductFilter; maxQuantity?: number }
  | { kind: "BogoPercentage"; buy: BuyGetSide; get: BuyGetSide; discount: number; maxApplications?: number }
  | { kind: "BogoFixed"; buy: BuyGetSide; get: BuyGetSide; discount: number; maxApplications?: number }
  | { kind: "BundlePercentage"; items: BundleItem[]; discount: number; maxApplications?: number }
  | { kind: "BundleFixed"; items: BundleItem[]; discount: number; maxApplications?: number }
  | { kind: "FreeShipping"; shippingOptions?: string[] };

/**
 * Discounts on shipping, for legacy v0 shipping-scope rules (contract §6) only: a percentage of the
 * shipping price or an amount off it, skipped when the shipping price is above `shippingPriceLimit`.
 */
export type ShippingDiscountCategory =
  | { kind: "ShippingPercentage"; discount: number; shippingPriceLimit?: number }
  | { kind: "ShippingFixed"; discount: number; shippingPriceLimit?: number };

export type Category = OfferCategory | ShippingDiscountCategory;

export type CategoryKind = Category["kind"];

export type CurrencyCondition = {
  code: string;
  minimumCartValue?: number;
  /** Per-currency override of a fixed discount, major units. */
  amount?: number;
};

export type Segment = { key: string; value: string; schema?: number };

export type OfferSource = "automatic" | "coupon";

export type Offer = {
  id: string;
  source: OfferSource;
  name: string;
  category: Category;
  active: boolean;
  exclusive: boolean;
  localizedTimezone: boolean;
  /** "YYYY-MM-DDTHH:mm:ss" naive when localizedTimezone, else with Z or an offset. */
  validFrom: string;
  validTo?: string | null;
  /** Empty = any, for every list below. */
  currencies: CurrencyCondition[];
  stores: string[];
  consumers: string[];
  channels: string[];
  segment?: Segment | null;
  /** ISO instant, used for tie-breaks. */
  createdAt: string;
  maxRedemptions?: number | null;
  redemptions?: number;
  /** Contract §7 limits (budget in major units); the caller passes the current usage in PricingContext.usage. */
  limits?: OfferLimits | null;
  /** The id its limits' usage is counted under (PricingContext.usage); absent = `id`. Each scanned POS coupon is its own offer, counted under its campaign. */
  usageId?: string;
  /** Higher first among offers of the same kind and size (legacy v0 rules' priority); absent = 0. */
  priority?: number;
};

export type OfferLimits = {
  redemptions?: number;
  perCustomer?: number;
  budget?: { currency: string; amount: number }[];
  window?: "day" | "week" | "month";
};

/** An offer's usage in the current limit window, for the cart's customer and currency. */
export type OfferUsageFacts = { uses: number; customerUses: number; spentMinor: number };

export type CodeState = {
  code: string;
  offerId: string;
  active: boolean;
  redemptions: number;
  /** 1 for single-use codes; null/absent = no limit. */
  maxRedemptions?: number | null;
};

export type CartItemInput = {
  id?: string;
  productId: string;
  quantity: number;
  /** Unit price before discounts, major units. */
  price: number;
  categories?: string[];
  attributes?: Record<string, string>;
};

export type CartRequest = {
  customerId?: string;
  customerSegments?: { key: string; value: string }[];
  channelType?: string;
  currency: string;
  couponCodes?: string[];
  storeId?: string;
  shopId?: string;
  locale?: string;
  /** ISO instant simulating another moment; defaults to PricingContext.now. */
  at?: string;
  items: CartItemInput[];
  shipping?: { method?: string; price: number };
};

export type PricingContext = {
  /** ISO instant used when request.at is absent: the engine never reads the clock. */
  now: string;
  /** IANA zone used for localized offers when the store has none. */
  tenantTimeZone: string;
  storeTimeZones: Record<string, string | null | undefined>;
  /** Product ids that are never discounted (contract §4.2). */
  exclusionList: string[];
  /** State of the requested codes, looked up by the loader; a missing entry means not_found. */
  codes: Record<string, CodeState | undefined>;
  /** Usage of limited offers by offer id (may lag by up to 1 s); absent = nothing used yet. */
  usage?: Record<string, OfferUsageFacts | undefined>;
};

export type RejectReason =
  | "not_found"
  | "code_inactive"
  | "inactive"
  | "not_yet_valid"
  | "expired"
  | "store_not_allowed"
  | "consumer_not_allowed"
  | "channel_not_allowed"
  | "segment_not_matched"
  | "currency_not_allowed"
  | "minimum_not_reached"
  | "redemption_limit_reached"
  | "customer_limit_reached"
  | "budget_exhausted"
  | "no_eligible_items"
  | "excluded_by_exclusive"
  | "duplicate_code";

export type AppliedDiscount = {
  source: OfferSource;
  /** Offer (promotion or coupon) id. */
  id: string;
  couponCode?: string;
  name: string;
  kind: CategoryKind;
  exclusive: boolean;
  /** Money taken off, major units. */
  amount: number;
  /** Units discounted (buy-X-get-Y "get" units, bundle units). */
  quantity?: number;
};

export type DiscountedItem = CartItemInput & {
  discounts: AppliedDiscount[];
  totalDiscount: number;
  /** Line total after discounts, major units. */
  finalPrice: number;
};

export type TraceEntry = {
  source: OfferSource;
  /** Offer id; "" for a code that matches no coupon. */
  id: string;
  name: string;
  /** Category kind; "" for a code that matches no coupon. */
  kind: CategoryKind | "";
  status: "applied" | "rejected";
  reason?: RejectReason;
  amount: number;
  couponCode?: string;
  message?: string;
};

export type RejectedCouponCode = { code: string; reason: RejectReason; message: string };

export type CartTotals = {
  /** Sum of line totals before any discount. */
  subtotal: number;
  /** Item discounts plus shipping discounts. */
  discount: number;
  /** Shipping price after shipping discounts. */
  shipping: number;
  /** subtotal + shipping price before discounts - discount. */
  total: number;
};

export type DiscountedCart = Omit<CartRequest, "items"> & {
  items: DiscountedItem[];
  shippingDiscounts: AppliedDiscount[];
  totals: CartTotals;
  rejectedCouponCodes: RejectedCouponCode[];
  trace: TraceEntry[];
};

export type CodeEvaluation =
  | { code: string; status: "applied"; offerId: string; amount: number }
  | { code: string; status: "rejected"; offerId?: string; reason: RejectReason; message: string };
