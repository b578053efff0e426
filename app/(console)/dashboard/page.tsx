import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/page-header";
import { requireConsoleSession } from "@/lib/auth/session";
import { getTenantOverview } from "@/lib/tenants/get-tenant-overview";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const session = await requireConsoleSession();
  const overview = await getTenantOverview(session.tenant.id);
  const tiles = [
    { label: "Coupons", value: overview.coupons, href: "/coupons" },
    { label: "Automatic promotions", value: overview.promotions, href: "/promotions" },
    { label: "Coupon codes", value: overview.codes, href: "/coupons" },
    { label: "Products", value: overview.products, href: "/catalog/products" },
    { label: "Stores", value: overview.stores, href: "/catalog/stores" },
    { label: "Customers", value: overview.customers, href: "/catalog/customers" },
  ];
  return (
    <>
      <PageHeader title={`Welcome, ${session.user.name}`} description={`You are working in ${session.tenant.name} (time zone ${session.tenant.timeZone}).`} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {tiles.map((tile) => (
          <Link key={tile.label} href={tile.href} className="block">
            <Card className="transition-shadow hover:shadow-md">
              <p className="text-sm text-slate-500">{tile.label}</p>
              <p className="mt-1 text-3xl font-semibold">{tile.value.toLocaleString("en")}</p>
            </Card>
          </Link>
        ))}
      </div>
    </>
  );
}
