// The apply-to-cart request of contract §4, shared by POST /api/v1/promotions/cart and the Cart Simulator.
import { z } from "zod";
import { currencyExponent, fitsMinorUnit } from "@/lib/money/currency";
import { isKnownCurrency } from "@/lib/pricing";
import { identifier, text } from "@/lib/validation/text";

export const MAX_CART_LINES = 1000;
export const MAX_COUPON_CODES = 50;
export const MAX_QUANTITY = 100_000;
export const MAX_UNIT_PRICE = 100_000_000;

/** An absolute instant (Z or an offset), e.g. a cart's `at` or the instant a version is published. */
export const IsoInstant = text("at")
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/,
    "Must be an ISO 8601 instant with Z or an offset, e.g. 2026-12-01T09:00:00+01:00",
  )
  .refine((value) => !Number.isNaN(Date.parse(value)), "Not a real date and time");

const ShortText = (field: string, max = 100) => identifier(field).max(max, `${field} must be at most ${max} characters`);

const Money = z.number().nonnegative("Must be zero or more").max(MAX_UNIT_PRICE, `Must be at most ${MAX_UNIT_PRICE}`);

const CartItem = z.strictObject({
  id: ShortText("id").optional(),
  productId: ShortText("productId").min(1, "productId is required"),
  quantity: z
    .number()
    .int("quantity must be a whole number")
    .min(1, "quantity must be at least 1")
    .max(MAX_QUANTITY, `quantity must be at most ${MAX_QUANTITY}`),
  price: Money,
  categories: z.array(ShortText("category")).max(50, "At most 50 categories per line").optional(),
  attributes: z.record(text("Attribute name").max(100), text("Attribute value").max(200)).optional(),
});

export const CartRequestSchema = z
  .strictObject({
    customerId: ShortText("customerId").optional(),
    customerSegments: z
      .array(z.strictObject({ key: ShortText("key"), value: ShortText("value", 200) }))
      .max(50, "At most 50 segments")
      .optional(),
    channelType: ShortText("channelType", 30).optional(),
    currency: text("currency").refine(isKnownCurrency, "currency must be an active ISO 4217 code such as EUR"),
    couponCodes: z
      .array(text("A coupon code").min(1, "A coupon code cannot be empty").max(64, "A coupon code has at most 64 characters"))
      .max(MAX_COUPON_CODES, `At most ${MAX_COUPON_CODES} coupon codes per cart`)
      .optional(),
    storeId: ShortText("storeId", 64).optional(),
    shopId: ShortText("shopId").optional(),
    locale: ShortText("locale", 35).optional(),
    at: IsoInstant.optional(),
    items: z.array(CartItem).max(MAX_CART_LINES, `A cart has at most ${MAX_CART_LINES} lines`),
    shipping: z.strictObject({ method: ShortText("method").optional(), price: Money }).optional(),
  })
  .superRefine((cart, ctx) => {
    // Prices must fit the cart currency's minor units (no 10.005 EUR, no 100.5 JPY).
    if (!isKnownCurrency(cart.currency)) return;
    const exponent = currencyExponent(cart.currency);
    const fits = (value: number) => fitsMinorUnit(value, cart.currency);
    cart.items.forEach((item, i) => {
      if (!fits(item.price))
        ctx.addIssue({
          code: "custom",
          path: ["items", i, "price"],
          message: `price has more decimals than ${cart.currency} allows (${exponent})`,
        });
    });
    if (cart.shipping && !fits(cart.shipping.price))
      ctx.addIssue({
        code: "custom",
        path: ["shipping", "price"],
        message: `price has more decimals than ${cart.currency} allows (${exponent})`,
      });
  });

export type CartRequestInput = z.infer<typeof CartRequestSchema>;
