// Every console page, as a marketer whose browser is in another zone than the server: no console
// error, no page error (hydration mismatches included), and axe finds no violation.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { encodeSimulation } from "@/lib/carts/simulation-url";
import { createOffer } from "@/lib/offers/create-offer";
import { CouponInput, PromotionInput } from "@/lib/offers/schemas";
import { createScenario } from "@/lib/scenarios/save-scenario";
import { saveDraft } from "@/lib/versions/save-draft";
import { signIn } from "@/tests/e2e/support/sign-in";
import { makeDefinition, makeDiscountRule, makeLegacyCoupon } from "@/tests/factories/legacy";
import { makeOffer } from "@/tests/factories/offers";
import { issue, makePosSetup } from "@/tests/factories/pos";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";
import { db } from "@/lib/db/client";

// The server runs in UTC; a browser in New York formats host-zone times differently, which is
// exactly what made /coupons, /audit and /pos/issued fail to hydrate.
test.use({ timezoneId: "America/New_York", locale: "en-US" });

async function tenantWithEverything(): Promise<{ t: TestTenant; paths: string[] }> {
  const t = await makeTenant({ timeZone: "Europe/Berlin" });
  const { campaign, rule } = await makePosSetup(t);
  const printed = await issue(t, { couponRuleId: rule.id, storeId: "hamburg" });
  await db().product.create({
    data: {
      tenantId: t.tenantId,
      id: "SKU-1",
      name: "Red sneaker",
      categories: ["shoes"],
      attributes: {},
      prices: [{ currency: "EUR", amount: 5000 }],
    },
  });
  await db().customer.create({ data: { tenantId: t.tenantId, id: "C-1", name: "Ada", segments: [{ key: "type", value: "gold member" }] } });
  const coupon = await createOffer(
    t.actors.marketer,
    "coupon",
    CouponInput.parse({
      name: "Welcome 10%",
      active: true,
      validFrom: "2026-01-01T00:00:00+01:00",
      category: { kind: "CartLevelPercentage", discount: 10 },
      currencies: [{ code: "EUR" }],
    }),
  );
  await db().couponCode.create({ data: { tenantId: t.tenantId, offerId: coupon.id, code: "WELCOME10" } });
  const promotion = await createOffer(
    t.actors.marketer,
    "promotion",
    PromotionInput.parse({
      name: "Free shipping",
      active: true,
      localizedTimezone: true,
      validFrom: "2026-01-01T00:00:00",
      category: { kind: "FreeShipping" },
      currencies: [{ code: "EUR" }],
      // Limits, so the lists and the detail page show usage bars (issue 13).
      limits: { redemptions: 100, budget: [{ currency: "EUR", amount: 500 }], window: "week" },
    }),
  );
  await makeOffer(t.tenantId, {
    family: "promotion",
    name: "Shoes 15%",
    category: { kind: "ProductLevelPercentage", discount: 15, products: { categories: ["shoes"] } },
  });
  const legacyRule = await makeDiscountRule(t.actors.marketer, { label: "Ten off" });
  const definition = await makeDefinition(t.actors.marketer, { discount_rule_id: legacyRule.id, max_redemptions: 2 });
  const legacyCoupon = await makeLegacyCoupon(t.actors.marketer, definition.label, {
    validation_rules: [{ label: "valid_to", values: { valid_to: "2030-01-01T00:00:00.000Z" } }],
  });
  const cart = encodeSimulation({ currency: "EUR", items: [{ productId: "SKU-1", quantity: 1, price: 50 }] });
  // A scenario that the coupon's draft breaks, so the editor, the versions page and the scenarios page show it all.
  await createScenario(t.actors.marketer, {
    name: "One sneaker",
    request: { currency: "EUR", couponCodes: ["WELCOME10"], items: [{ productId: "SKU-1", quantity: 1, price: 50 }] },
  });
  await saveDraft(t.actors.marketer, "coupon", coupon.id, {
    snapshot: {
      ...CouponInput.parse({
        name: "Welcome 10%",
        active: true,
        validFrom: "2026-01-01T00:00:00+01:00",
        category: { kind: "CartLevelPercentage", discount: 10 },
        currencies: [{ code: "EUR", minimumCartValue: 100 }],
      }),
    },
  });
  const paths = [
    "/dashboard",
    "/coupons",
    `/coupons/${coupon.id}`,
    `/coupons/${coupon.id}/edit`,
    `/coupons/${coupon.id}/versions`,
    `/coupons/${coupon.id}/versions?from=1&to=2`,
    `/promotions/${promotion.id}/versions`,
    "/scenarios",
    "/scenarios?status=failed",
    `/coupons/${coupon.id}/codes`,
    `/coupons/${coupon.id}/redemptions`,
    `/coupons/${coupon.id}/ledger`,
    "/coupons/new",
    `/coupons/new?from=${coupon.id}`,
    "/coupons?archived=true",
    "/promotions",
    `/promotions/${promotion.id}`,
    `/promotions/${promotion.id}/ledger`,
    "/promotions/new",
    "/promotions/exclusions",
    "/pos",
    "/pos/campaigns",
    `/pos/campaigns/${campaign.id}`,
    `/pos/campaigns/${campaign.id}/versions`,
    `/pos/campaigns/${campaign.id}/ledger`,
    "/pos/rules/new",
    `/pos/rules/${rule.id}`,
    "/pos/issued",
    `/pos/issued/${printed.id}`,
    "/legacy",
    "/legacy/rules/new",
    `/legacy/rules/${legacyRule.id}`,
    "/legacy/definitions",
    "/legacy/definitions/new",
    `/legacy/definitions/${definition.id}`,
    `/legacy/definitions/${definition.id}/edit`,
    "/legacy/coupons",
    `/legacy/coupons?codes=${legacyCoupon.code}`,
    `/legacy/coupons/${legacyCoupon.id}`,
    "/simulator",
    `/simulator?cart=${cart}`,
    "/catalog/products",
    "/catalog/products/SKU-1",
    "/catalog/stores",
    "/catalog/customers",
    "/catalog/customers/C-1",
    "/catalog/store-groups",
    "/settings",
    "/audit",
    "/search?q=WELCOME",
  ];
  return { t, paths };
}

/** The offers' ledger pages (/coupons|/promotions|/pos/campaigns/{id}/ledger) are scanned as one area of their own, so the offer areas stay as long as they were. */
const LEDGER_AREA = "ledger pages";
const isLedger = (path: string) => /\/ledger(\?|$)/.test(path);

/** The main pages (and their sub-pages) the accessibility scan covers; the console-error check covers all. */
const AXE_PAGES = [
  "/dashboard",
  "/coupons",
  "/promotions",
  "/pos/issued",
  "/pos/campaigns",
  "/legacy",
  "/simulator",
  "/scenarios",
  "/catalog/products",
  "/audit",
  "/settings",
  "/search",
  LEDGER_AREA,
];

function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || (message.type() === "warning" && /hydrat/i.test(message.text())))
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

// One tenant per worker: the checks are split into many small tests (each with its own timeout, spread
// over the workers) that share the tenant instead of building it again.
let everything: ReturnType<typeof tenantWithEverything> | undefined;
const sharedTenant = () => (everything ??= tenantWithEverything());

/** The console-error check in slices of the page list, so a slow machine times out one slice, not the whole list. */
const PAGE_SLICES = 6;

for (let slice = 0; slice < PAGE_SLICES; slice++) {
  test(`console pages, slice ${slice + 1} of ${PAGE_SLICES}: no console error or hydration mismatch`, async ({ page }) => {
    test.setTimeout(120_000);
    const { t, paths } = await sharedTenant();
    const size = Math.ceil(paths.length / PAGE_SLICES);
    await signIn(page, t.users.admin.email, t.users.admin.password);
    const problems = collectProblems(page);
    for (const path of paths.slice(slice * size, (slice + 1) * size)) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBeLessThan(400);
      await page.waitForLoadState("networkidle");
      expect(problems, path).toEqual([]);
    }
  });
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  for (const area of AXE_PAGES) {
    test(`axe finds no violation on ${area} and its sub-pages at ${viewport.width}px`, async ({ page }) => {
      // /coupons and its sub-pages took 1.9 min at load 20–30 (a full axe scan per page): room for a busy CI.
      test.setTimeout(240_000);
      const { t, paths } = await sharedTenant();
      const covered =
        area === LEDGER_AREA
          ? paths.filter(isLedger)
          : paths.filter((p) => !isLedger(p) && (p === area || p.startsWith(`${area}/`) || p.startsWith(`${area}?`)));
      expect(covered.length, `the page list holds ${area}`).toBeGreaterThan(0);
      await signIn(page, t.users.admin.email, t.users.admin.password);
      await page.setViewportSize(viewport);
      for (const path of covered) {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(
          violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
          `${path} at ${viewport.width}px`,
        ).toEqual([]);
      }
    });
  }
}
