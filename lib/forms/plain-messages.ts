// The console shows every validation message in plain words. The schemas speak the API's language
// ("validTo must be after validFrom", "… (first at codes[0])"), which is right for API clients and
// wrong beside a form field, so the action layer and the forms' resolvers pass each message through
// here. Client-safe and pure.

/** API field names as the console's labels call them. */
export const FIELD_WORDS: Record<string, string> = {
  validFrom: "Valid from",
  validTo: "Valid to",
  localizedTimezone: "store local time",
  minimumCartValue: "minimum cart value",
  maxRedemptions: "redemption limit",
  maxQuantity: "max units per line",
  maxApplications: "max applications per cart",
  singleUse: "single use",
  shippingOptions: "shipping methods",
  productIds: "products",
  catalogTotal: "order total",
  channelType: "channel",
  consumerId: "customer",
  customerId: "customer",
  couponRuleId: "coupon rule",
  orderId: "order",
  productId: "product",
  storeId: "store",
  storeGroup: "store group",
  warehouseID: "store",
  warehouseId: "store",
  campaignID: "campaign",
  campaignId: "campaign",
  uniqueIdentifier: "serial number",
  pointOfSaleId: "till",
  printingCostInRewardPoints: "printing cost in reward points",
  rewardPointsEarned: "reward points earned",
  saleTotal: "sale total",
  customCharset: "custom characters",
  thresholdType: "threshold type",
  issuedFromDate: "issued from",
  issuedUntilDate: "issued until",
  printedAutomaticallyInPOS: "“print automatically at the till”",
  promptCashier: "“ask the cashier”",
  startDate: "start date",
  endDate: "end date",
  startTime: "start time",
  endTime: "end time",
  storeGroupId: "store group",
  timeZone: "time zone",
};

/** The limits of contract §7 as the forms' Limits section labels them. */
const LIMIT_WORDS: Record<string, string> = {
  redemptions: "the total redemptions limit",
  perCustomer: "the per-customer limit",
  window: "the limit window",
  budget: "the budget",
};

/** Whole messages that read better rewritten than word-swapped. */
const REWRITES: Record<string, string> = {
  "validTo must be after validFrom": "The end (Valid to) must be after the start (Valid from).",
  "Add Z or an offset such as +01:00 (or set localizedTimezone to true)": "Pick an offset, or choose “Store local time”.",
  "Leave out the offset: with localizedTimezone the time is read in each store's zone":
    "With “Store local time” the time is read in each store's zone: leave out the offset.",
  "Use YYYY-MM-DDTHH:MM:SS, followed by Z or an offset such as +01:00 unless localizedTimezone is true": "Enter a date and a time.",
  "version is required: send the version you read last": "Reload the page: the form lost track of which version you opened.",
  "Stale version: the object changed since you read it": "Someone else saved a newer version since you opened it.",
};

/** zod's own wording for a missing or mistyped value, which no schema replaced. */
const ZOD_DEFAULTS: [RegExp, string][] = [
  [/^Invalid input: expected \w+, received undefined$/, "Fill this in."],
  [/^Invalid input: expected (number|int), received \w+$/, "Enter a number."],
  [/^Invalid input: expected string, received \w+$/, "Enter text."],
  [/^Invalid input$/, "This value is not valid."],
];

const INDEXED = /\b([a-z][A-Za-z]*)\[(\d+)\]/g;

export function plainMessage(message: string): string {
  const rewrite = REWRITES[message] ?? ZOD_DEFAULTS.find(([pattern]) => pattern.test(message))?.[1];
  if (rewrite) return rewrite;
  let text = message.replace(INDEXED, (_all, name: string, index: string) =>
    name === "codes" || name === "lines" || name === "rows"
      ? `line ${Number(index) + 1}`
      : `${FIELD_WORDS[name] ?? name} ${Number(index) + 1}`,
  );
  text = text.replace(/\(first at (line \d+)\)/g, "(first on $1)");
  text = text.replace(/\blimits\.(redemptions|perCustomer|window|budget)\b/g, (_all, name: string) => LIMIT_WORDS[name] ?? name);
  text = text.replace(/\b[a-z]+[A-Z][A-Za-z]*\b|\bwarehouseID\b/g, (word) => FIELD_WORDS[word] ?? word);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A field path as words: "currencies[1].code" → "Currencies 2 code". */
export function fieldInWords(path: string): string {
  const words = path
    .replace(/\[(\d+)\]|\.(\d+)(?=\.|$)/g, (_all, a?: string, b?: string) => ` ${Number(a ?? b) + 1}`)
    .split(".")
    .map((part) => part.replace(/^[a-z]+[A-Z][A-Za-z]*/, (word) => FIELD_WORDS[word] ?? word))
    .join(" ")
    .replace(/^(items|codes|lines) (\d+)/, "line $2");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
