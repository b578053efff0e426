// The demo tenant's offers, written through the same operations the console and the API call (so they
// are validated, versioned, indexed and audited like real ones): coupons of several kinds and states
// with codes, automatic promotions, an exclusion list, and a POS campaign with its printing rule. Enough
// for the Cart Simulator to show discounts, rejections and a printed coupon on the first visit.
import type { Actor } from "@/lib/auth/actor";
import { addCodes } from "@/lib/codes/add-codes";
import { createOffer } from "@/lib/offers/create-offer";
import { saveExclusionList } from "@/lib/offers/exclusions/save-exclusion-list";
import { CouponInput, ExclusionListInput, PromotionInput } from "@/lib/offers/schemas";
import { createCampaign } from "@/lib/pos/save-campaign";
import { createCouponRule } from "@/lib/pos/save-coupon-rule";
import { CampaignInput, CouponRuleInput } from "@/lib/pos/schemas";

type CouponSeed = { input: Record<string, unknown>; codes: string[] };

/** The first days of next month as local date-times, so the demo always has a Planned coupon. */
function nextMonthWindow(now = new Date()): { validFrom: string; validTo: string } {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return { validFrom: `${day(start)}T00:00:00`, validTo: `${day(new Date(start.getTime() + 3 * 86_400_000))}T23:59:59` };
}

const ALWAYS = { validFrom: "2026-01-01T00:00:00", localizedTimezone: true };

const COUPONS: CouponSeed[] = [
  {
    input: {
      name: "Welcome 10%",
      description: "10% off the first order of 50 EUR or more",
      active: true,
      ...ALWAYS,
      category: { kind: "CartLevelPercentage", discount: 10 },
      currencies: [
        { code: "EUR", minimumCartValue: 50 },
        { code: "USD", minimumCartValue: 55 },
      ],
    },
    codes: ["WELCOME10"],
  },
  {
    input: {
      name: "Shoes: 15 off each pair",
      active: true,
      ...ALWAYS,
      category: { kind: "ProductLevelFixed", discount: 15, products: { categories: ["shoes"] }, maxQuantity: 2 },
      currencies: [{ code: "EUR" }],
      stores: ["berlin-mitte", "hamburg", "munich", "web"],
    },
    codes: ["SHOES15"],
  },
  {
    input: {
      name: "Thank-you voucher",
      description: "5 EUR off, one use per printed code",
      active: true,
      ...ALWAYS,
      category: { kind: "CartLevelFixed", discount: 5 },
      currencies: [{ code: "EUR", minimumCartValue: 20 }],
      singleUse: true,
    },
    codes: Array.from({ length: 20 }, (_, i) => `THANKS-${String(i + 1).padStart(4, "0")}`),
  },
  {
    input: {
      name: "Socks: buy 2, get 1 free",
      active: true,
      ...ALWAYS,
      category: {
        kind: "BogoPercentage",
        buy: { quantity: 2, products: { categories: ["socks"] } },
        get: { quantity: 1, products: { categories: ["socks"] } },
        discount: 100,
      },
      currencies: [{ code: "EUR" }, { code: "USD" }],
    },
    codes: ["SOCKS3FOR2"],
  },
  {
    input: {
      name: "Month opener 25%",
      description: "Starts at midnight store time on the 1st",
      active: true,
      localizedTimezone: true,
      ...nextMonthWindow(),
      category: { kind: "CartLevelPercentage", discount: 25 },
      currencies: [{ code: "EUR" }, { code: "USD" }, { code: "JPY" }],
      exclusive: true,
    },
    codes: ["OPENER25"],
  },
  {
    input: {
      name: "Summer sale 20%",
      active: true,
      localizedTimezone: true,
      validFrom: "2026-06-01T00:00:00",
      validTo: "2026-08-31T23:59:59",
      category: { kind: "CartLevelPercentage", discount: 20 },
      currencies: [{ code: "EUR" }],
    },
    codes: ["SUMMER20"],
  },
  {
    input: {
      name: "Gold members: free shipping",
      active: true,
      ...ALWAYS,
      category: { kind: "FreeShipping" },
      currencies: [{ code: "EUR" }],
      segment: { key: "type", value: "gold member" },
    },
    codes: ["GOLDSHIP"],
  },
];

const PROMOTIONS: Record<string, unknown>[] = [
  {
    name: "New arrivals: 15% off",
    active: true,
    ...ALWAYS,
    category: { kind: "ProductLevelPercentage", discount: 15, products: { categories: ["new-arrivals"] } },
    currencies: [{ code: "EUR" }, { code: "USD" }, { code: "JPY" }],
  },
  {
    name: "Free shipping from 100 EUR",
    active: true,
    ...ALWAYS,
    category: { kind: "FreeShipping", shippingOptions: ["standard"] },
    currencies: [{ code: "EUR", minimumCartValue: 100 }],
  },
  {
    name: "Hat and bag bundle: 20% off",
    active: true,
    ...ALWAYS,
    category: {
      kind: "BundlePercentage",
      items: [
        { products: { categories: ["hats"] }, quantity: 1 },
        { products: { categories: ["bags"] }, quantity: 1 },
      ],
      discount: 20,
    },
    currencies: [{ code: "EUR" }],
  },
  {
    name: "Tokyo opening: 500 JPY off jackets",
    active: true,
    ...ALWAYS,
    category: { kind: "ProductLevelFixed", discount: 500, products: { categories: ["jackets"] } },
    currencies: [{ code: "JPY" }],
    stores: ["tokyo"],
  },
  {
    name: "Staff preview (disabled)",
    active: false,
    ...ALWAYS,
    category: { kind: "CartLevelPercentage", discount: 30 },
    currencies: [{ code: "EUR" }],
  },
];

export async function seedDemoOffers(marketer: Actor): Promise<void> {
  for (const { input, codes } of COUPONS) {
    const coupon = await createOffer(marketer, "coupon", CouponInput.parse(input));
    await addCodes(marketer, coupon.id, { codes });
  }
  for (const input of PROMOTIONS) await createOffer(marketer, "promotion", PromotionInput.parse(input));
  // Gift cards are never discounted.
  await saveExclusionList(marketer, ExclusionListInput.parse({ ids: ["SKU-0001", "SKU-0002"] }));

  const campaign = await createCampaign(
    marketer,
    CampaignInput.parse({
      name: "Printed 10% coupon",
      startDate: "2026-01-01",
      category: { kind: "CartLevelPercentage", discount: 10 },
      currency: "EUR",
    }),
  );
  await createCouponRule(
    marketer,
    CouponRuleInput.parse({
      name: "Spend 250, get 10% next time",
      code: "SPEND250",
      description: "10% off your next visit",
      storeGroup: "north",
      campaignID: campaign.id,
      printedAutomaticallyInPOS: true,
      threshold: "250",
      measure: "dollars",
      thresholdType: "this_sale",
    }),
  );
}
