// Seeds the demo tenant the README's first command shows. Idempotent: an existing demo tenant is left alone.
import { hashPassword } from "@/lib/auth/passwords";
import { db } from "@/lib/db/client";
import { createTenant } from "@/lib/tenants/create-tenant";
import { seedDemoAnalytics } from "@/prisma/seed-analytics";
import { seedDemoOffers } from "@/prisma/seed-offers";

export const DEMO_PASSWORD = "couponsmith-demo";
export const DEMO_USERS = {
  admin: "admin@demo.couponsmith.test",
  marketer: "marketer@demo.couponsmith.test",
  viewer: "viewer@demo.couponsmith.test",
};

const CATEGORIES = ["shoes", "shirts", "trousers", "jackets", "accessories", "bags", "socks", "hats"];
const BRANDS = ["Northwind", "Contoso", "Fabrikam", "Tailspin"];
const COLORS = ["black", "white", "blue", "red", "green"];

/** A small deterministic generator, so every demo database has the same catalog. */
function sequence(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

export async function seedDemo(): Promise<{ created: boolean }> {
  const client = db();
  if (await client.tenant.findUnique({ where: { slug: "demo" } })) return { created: false };
  const { tenant } = await createTenant(
    { name: "Demo Retail", slug: "demo", timeZone: "Europe/Berlin" },
    { email: DEMO_USERS.admin, name: "Ada Admin", password: DEMO_PASSWORD },
  );
  const tenantId = tenant.id;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const [role, email, name] of [
    ["marketer", DEMO_USERS.marketer, "Mia Marketer"],
    ["viewer", DEMO_USERS.viewer, "Vic Viewer"],
  ] as const) {
    const user = await client.user.upsert({ where: { email }, update: {}, create: { email, name, passwordHash } });
    await client.membership.create({ data: { userId: user.id, tenantId, role } });
  }
  // A second tenant for the admin, so the tenant switcher has somewhere to go.
  const outlet = await client.tenant.create({ data: { name: "Demo Outlet", slug: "demo-outlet", timeZone: "America/New_York" } });
  const admin = await client.user.findUniqueOrThrow({ where: { email: DEMO_USERS.admin } });
  await client.membership.create({ data: { userId: admin.id, tenantId: outlet.id, role: "admin" } });

  await client.storeGroup.createMany({
    data: [
      { tenantId, id: "north", name: "North" },
      { tenantId, id: "south", name: "South" },
      { tenantId, id: "overseas", name: "Overseas" },
    ],
  });
  await client.store.createMany({
    data: [
      { tenantId, id: "berlin-mitte", name: "Berlin Mitte", timeZone: "Europe/Berlin", storeGroupId: "north" },
      { tenantId, id: "hamburg", name: "Hamburg Jungfernstieg", timeZone: "Europe/Berlin", storeGroupId: "north" },
      { tenantId, id: "munich", name: "Munich Marienplatz", timeZone: "Europe/Berlin", storeGroupId: "south" },
      { tenantId, id: "london", name: "London Soho", timeZone: "Europe/London", storeGroupId: "overseas" },
      { tenantId, id: "new-york", name: "New York SoHo", timeZone: "America/New_York", storeGroupId: "overseas" },
      { tenantId, id: "tokyo", name: "Tokyo Ginza", timeZone: "Asia/Tokyo", storeGroupId: "overseas" },
      { tenantId, id: "web", name: "Web shop", timeZone: null, storeGroupId: null },
    ],
  });
  const random = sequence(42);
  const products = Array.from({ length: 200 }, (_, i) => {
    const category = CATEGORIES[i % CATEGORIES.length];
    const brand = BRANDS[Math.floor(random() * BRANDS.length)];
    const color = COLORS[Math.floor(random() * COLORS.length)];
    const eur = Math.round((5 + random() * 195) * 100) / 100;
    return {
      tenantId,
      id: `SKU-${String(i + 1).padStart(4, "0")}`,
      name: `${brand} ${color} ${category.replace(/s$/, "")} ${i + 1}`,
      categories: [category, i % 3 === 0 ? "new-arrivals" : "core-range"],
      attributes: { brand, color },
      prices: [
        { currency: "EUR", amount: Math.round(eur * 100) },
        { currency: "USD", amount: Math.round(eur * 108) },
        { currency: "JPY", amount: Math.round(eur * 160) },
      ],
    };
  });
  await client.product.createMany({ data: products });
  const segments = [[{ key: "type", value: "gold member" }], [{ key: "type", value: "silver member" }], []];
  await client.customer.createMany({
    data: Array.from({ length: 30 }, (_, i) => ({
      tenantId,
      id: `CUST-${String(i + 1).padStart(3, "0")}`,
      name: `Customer ${i + 1}`,
      email: `customer${i + 1}@example.test`,
      segments: segments[i % segments.length],
      rewardPoints: (i * 37) % 500,
      lifetimePurchaseTotal: (i * 7919) % 120_000,
    })),
  });
  const marketer = await client.user.findUniqueOrThrow({ where: { email: DEMO_USERS.marketer } });
  await seedDemoOffers({ type: "user", id: marketer.id, name: marketer.name, tenantId, role: "marketer" });
  await seedDemoAnalytics(tenantId);
  return { created: true };
}

if (process.argv[1]?.endsWith("seed.ts")) {
  const { created } = await seedDemo();
  console.log(created ? "Seeded the demo tenant." : "Demo tenant already present; left as it is.");
}
